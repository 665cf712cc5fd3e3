#!/usr/bin/env bash
# A plain static host for the "static hosting plus API" browser tests: nginx
# from Debian serving ROOT on PORT in the foreground, with the deep-link
# fallback a static host needs (`try_files $uri /index.html`). Not our server.
#
#   end2end/static/nginx.sh PORT ROOT
set -euo pipefail
port="$1"
root="$(cd "$2" && pwd)"
prefix="$(mktemp -d /tmp/pin-inps-nginx.XXXXXX)"
mkdir -p "$prefix/logs" "$prefix/tmp"
cat > "$prefix/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        gzip_static on;
        location / {
            try_files \$uri /index.html;
        }
        location = /index.html {
            add_header Cache-Control "no-cache";
        }
        location /pkg/ {
            add_header Cache-Control "public, max-age=31536000, immutable";
        }
    }
}
CONF
trap 'rm -rf "$prefix"' EXIT
# As root, nginx's workers run as nobody: the files must be world-readable.
chmod -R a+rX "$root"
/usr/sbin/nginx -p "$prefix" -c "$prefix/nginx.conf"
