//! German texts of the API, keyed by the Italian source text (see
//! `super`). Both languages hold the same keys in the same order, with the
//! same placeholders (`super::tests` checks it): add a message to both.

/// Whole messages, and templates whose `{}` / `{name}` hold the variable parts.
pub(super) const MESSAGES: &[(&str, &str)] = &[
    (
        "Alcuni dati non sono corretti: controllare i campi evidenziati",
        "Einige Angaben sind nicht korrekt: bitte die markierten Felder prüfen",
    ),
    (
        "Campo obbligatorio",
        "Pflichtfeld",
    ),
    (
        "Caricare il modulo MV35 firmato",
        "Bitte das unterschriebene Formular MV35 hochladen",
    ),
    (
        "Caricare la copia del documento di identità",
        "Bitte die Kopie des Ausweisdokuments hochladen",
    ),
    (
        "Codice del luogo di nascita non valido (una lettera e tre cifre, ad es. H501)",
        "Ungültiger Code des Geburtsortes (ein Buchstabe und drei Ziffern, z. B. H501)",
    ),
    (
        "Codice dello Stato estero non valido (ad es. Z404)",
        "Ungültiger Code des ausländischen Staates (z. B. Z404)",
    ),
    (
        "Codice errato o scaduto",
        "Code falsch oder abgelaufen",
    ),
    (
        "Codice errato o scaduto: controllare il messaggio o richiedere un nuovo codice",
        "Code falsch oder abgelaufen: bitte die Nachricht prüfen oder einen neuen Code anfordern",
    ),
    (
        "Codice fiscale del figlio non valido",
        "Ungültige Steuernummer des Kindes",
    ),
    (
        "Codice fiscale non valido",
        "Ungültige Steuernummer",
    ),
    (
        "Codice fiscale o PIN errati",
        "Steuernummer oder PIN falsch",
    ),
    (
        "Codice fiscale o PIN errati. Ancora 1 tentativo prima del blocco del PIN.",
        "Steuernummer oder PIN falsch. Noch 1 Versuch, bevor die PIN gesperrt wird.",
    ),
    (
        "Codice fiscale o PIN errati. Ancora {n} tentativi prima del blocco del PIN.",
        "Steuernummer oder PIN falsch. Noch {n} Versuche, bevor die PIN gesperrt wird.",
    ),
    (
        "Codice fiscale o PIN errati. Il PIN è stato bloccato per troppi tentativi errati: riprovare tra {}.",
        "Steuernummer oder PIN falsch. Die PIN wurde wegen zu vieler Fehlversuche gesperrt: bitte in {} erneut versuchen.",
    ),
    (
        "Completare prima il primo accesso con il PIN di 16 caratteri",
        "Bitte zuerst den Erstzugang mit der 16-stelligen PIN abschließen",
    ),
    (
        "Data di scadenza non valida: usare il formato GG/MM/AAAA",
        "Ungültiges Ablaufdatum: bitte das Format TT/MM/JJJJ verwenden",
    ),
    (
        "Data non valida: usare il formato AAAA-MM-GG",
        "Ungültiges Datum: bitte das Format JJJJ-MM-TT verwenden",
    ),
    (
        "Data non valida: usare il formato GG/MM/AAAA",
        "Ungültiges Datum: bitte das Format TT/MM/JJJJ verwenden",
    ),
    (
        "Il nome della classe può avere al massimo 80 caratteri",
        "Der Name der Klasse darf höchstens 80 Zeichen lang sein",
    ),
    (
        "La data indicata non esiste: controllare giorno e mese (ad es. il 31 febbraio non esiste)",
        "Das angegebene Datum existiert nicht: bitte Tag und Monat prüfen (z. B. gibt es den 31. Februar nicht)",
    ),
    (
        "La soglia di inattività va da 0 a 240 minuti",
        "Die Inaktivitätsschwelle liegt zwischen 0 und 240 Minuten",
    ),
    (
        "Testo troppo lungo: al massimo 100 caratteri",
        "Text zu lang: höchstens 100 Zeichen",
    ),
    (
        "Numero civico troppo lungo: al massimo 10 caratteri",
        "Hausnummer zu lang: höchstens 10 Zeichen",
    ),
    (
        "Testo troppo lungo: al massimo 60 caratteri",
        "Text zu lang: höchstens 60 Zeichen",
    ),
    (
        "Caratteri non ammessi: usare solo lettere, cifre, spazi e . , ' - / ° ( )",
        "Unzulässige Zeichen: nur Buchstaben, Ziffern, Leerzeichen und . , ' - / ° ( ) verwenden",
    ),
    (
        "Dati verificati. Le abbiamo inviato un SMS con il codice di attivazione: lo inserisca entro 10 minuti.",
        "Daten überprüft. Wir haben Ihnen eine SMS mit dem Aktivierungscode gesendet: bitte geben Sie ihn innerhalb von 10 Minuten ein.",
    ),
    (
        "Errore interno",
        "Interner Fehler",
    ),
    (
        "Esito non valido: confirmed, corrected, no_answer o cancelled",
        "Ungültiges Ergebnis: confirmed, corrected, no_answer oder cancelled",
    ),
    (
        "Formato della richiesta non supportato: inviare dati JSON",
        "Format der Anfrage nicht unterstützt: bitte JSON-Daten senden",
    ),
    (
        "Formato non ammesso: sono accettati solo file PDF, JPEG o PNG (il contenuto del file non corrisponde a nessuno di questi formati)",
        "Format nicht zulässig: nur PDF-, JPEG- oder PNG-Dateien werden angenommen (der Inhalt der Datei entspricht keinem dieser Formate)",
    ),
    (
        "I dati inseriti non corrispondono a un PIN da attivare: controllare codice fiscale, tessera sanitaria e prima parte del PIN",
        "Die eingegebenen Daten entsprechen keiner zu aktivierenden PIN: bitte Steuernummer, Gesundheitskarte und ersten Teil der PIN prüfen",
    ),
    (
        "IBAN non valido: 27 caratteri che iniziano con IT, ad es. IT60X0542811101000000123456",
        "Ungültige IBAN: 27 Zeichen, beginnend mit IT, z. B. IT60X0542811101000000123456",
    ),
    (
        "Il CAP deve essere di 5 cifre",
        "Die Postleitzahl muss 5 Ziffern haben",
    ),
    (
        "Il PIN attuale non è corretto",
        "Die aktuelle PIN ist nicht korrekt",
    ),
    (
        "Il PIN deve contenere sia lettere sia cifre",
        "Die PIN muss sowohl Buchstaben als auch Ziffern enthalten",
    ),
    (
        "Il PIN deve essere di 8 caratteri",
        "Die PIN muss 8 Zeichen lang sein",
    ),
    (
        "Il PIN non può contenere parti del codice fiscale, del nome o del cognome",
        "Die PIN darf keine Teile der Steuernummer, des Vornamens oder des Nachnamens enthalten",
    ),
    (
        "Il PIN non è ancora attivo: attivarlo con la funzione \"Attiva PIN\"",
        "Die PIN ist noch nicht aktiv: bitte mit der Funktion \"PIN aktivieren\" aktivieren",
    ),
    (
        "Il PIN può contenere solo lettere e cifre",
        "Die PIN darf nur Buchstaben und Ziffern enthalten",
    ),
    (
        "Il PIN è attivo: può accedere ai servizi con il codice fiscale e il PIN di 16 caratteri (prima e seconda parte).",
        "Die PIN ist aktiv: Sie können mit der Steuernummer und der 16-stelligen PIN (erster und zweiter Teil) auf die Dienste zugreifen.",
    ),
    (
        "Il PIN è già dispositivo",
        "Die PIN hat bereits dispositive Funktion",
    ),
    (
        "Il PIN è stato revocato e tutte le sessioni aperte sono state chiuse. Può richiedere un nuovo PIN come la prima volta.",
        "Die PIN wurde widerrufen und alle offenen Sitzungen wurden beendet. Sie können wie beim ersten Mal eine neue PIN beantragen.",
    ),
    (
        "Il PIN è stato revocato. È possibile richiedere un nuovo PIN.",
        "Die PIN wurde widerrufen. Sie können eine neue PIN beantragen.",
    ),
    (
        "Il carattere di controllo del codice fiscale non è corretto",
        "Das Kontrollzeichen der Steuernummer ist nicht korrekt",
    ),
    (
        "Il cellulare deve essere un numero mobile italiano (+39 3…)",
        "Die Handynummer muss eine italienische Mobilnummer sein (+39 3…)",
    ),
    (
        "Il codice del luogo di nascita non corrisponde ad alcun comune o stato estero",
        "Der Code des Geburtsortes entspricht keiner Gemeinde und keinem ausländischen Staat",
    ),
    (
        "Il codice fiscale contiene caratteri non ammessi o in posizione errata",
        "Die Steuernummer enthält unzulässige Zeichen oder Zeichen an falscher Stelle",
    ),
    (
        "Il codice fiscale deve essere di 16 caratteri",
        "Die Steuernummer muss 16 Zeichen lang sein",
    ),
    (
        "Il codice fiscale {} è già presente in archivio",
        "Die Steuernummer {} ist bereits im Archiv vorhanden",
    ),
    (
        "Il documento è scaduto: indicare un documento in corso di validità",
        "Das Dokument ist abgelaufen: bitte ein gültiges Dokument angeben",
    ),
    (
        "Il file supera la dimensione massima di 1 MB: ridurre la risoluzione della scansione",
        "Die Datei überschreitet die Höchstgröße von 1 MB: bitte die Auflösung des Scans verringern",
    ),
    (
        "Il file è vuoto: scegliere il file scansionato o fotografato",
        "Die Datei ist leer: bitte die gescannte oder fotografierte Datei auswählen",
    ),
    (
        "Il giorno di nascita indicato nel codice fiscale non è valido",
        "Der in der Steuernummer angegebene Geburtstag ist ungültig",
    ),
    (
        "Il luogo di nascita non risulta attivo alla data di nascita indicata nel codice fiscale",
        "Der Geburtsort bestand am in der Steuernummer angegebenen Geburtsdatum nicht",
    ),
    (
        "Il mese di nascita indicato nel codice fiscale non è valido",
        "Der in der Steuernummer angegebene Geburtsmonat ist ungültig",
    ),
    (
        "Il numero della tessera sanitaria è di 20 cifre",
        "Die Nummer der Gesundheitskarte hat 20 Ziffern",
    ),
    (
        "Il numero deve iniziare con il prefisso, ad es. +39",
        "Die Nummer muss mit der Vorwahl beginnen, z. B. +39",
    ),
    (
        "Il nuovo PIN non può essere uguale a uno degli ultimi 5 utilizzati",
        "Die neue PIN darf keiner der letzten 5 verwendeten entsprechen",
    ),
    (
        "Il primo accesso è già stato completato",
        "Der Erstzugang wurde bereits abgeschlossen",
    ),
    (
        "Il primo accesso è già stato effettuato: la prima parte del PIN non serve più. Per un PIN dimenticato si usa \"Ripristina PIN\".",
        "Der Erstzugang ist bereits erfolgt: der erste Teil der PIN wird nicht mehr benötigt. Für eine vergessene PIN gibt es \"PIN wiederherstellen\".",
    ),
    (
        "Il recapito scelto non è tra quelli registrati per questo PIN",
        "Die gewählte Kontaktangabe gehört nicht zu den für diese PIN registrierten",
    ),
    (
        "Indicare almeno due recapiti tra cellulare, e-mail e PEC",
        "Bitte mindestens zwei Kontaktangaben aus Handy, E-Mail und PEC angeben",
    ),
    (
        "Indicare almeno un indirizzo e-mail o PEC",
        "Bitte mindestens eine E-Mail- oder PEC-Adresse angeben",
    ),
    (
        "Indicare almeno un numero di telefono",
        "Bitte mindestens eine Telefonnummer angeben",
    ),
    (
        "Indicare il cellulare: l'SMS di conferma dell'attivazione arriva lì",
        "Bitte die Handynummer angeben: die SMS zur Bestätigung der Aktivierung kommt dort an",
    ),
    (
        "Indicare il motivo del rifiuto (almeno 5 caratteri)",
        "Bitte den Grund der Ablehnung angeben (mindestens 5 Zeichen)",
    ),
    (
        "Indicare il numero dei componenti del nucleo (da 2 a 20)",
        "Bitte die Anzahl der Mitglieder des Haushalts angeben (2 bis 20)",
    ),
    (
        "Indicare il reddito del nucleo in euro (ad es. 23500)",
        "Bitte das Einkommen des Haushalts in Euro angeben (z. B. 23500)",
    ),
    (
        "Indicare il sesso: M o F",
        "Bitte das Geschlecht angeben: M oder F",
    ),
    (
        "Indicare l'ente che ha rilasciato il documento (ad es. Comune di Roma)",
        "Bitte die ausstellende Behörde des Dokuments angeben (z. B. Comune di Roma)",
    ),
    (
        "Indicare l'indirizzo di residenza corretto",
        "Bitte die korrekte Wohnadresse angeben",
    ),
    (
        "Indicare la sigla della provincia (2 lettere, ad es. RM)",
        "Bitte das Kürzel der Provinz angeben (2 Buchstaben, z. B. RM)",
    ),
    (
        "Indicare prima i dati del documento di identità",
        "Bitte zuerst die Daten des Ausweisdokuments angeben",
    ),
    (
        "Indicare uno solo tra advance_seconds e set",
        "Bitte nur eines von advance_seconds und set angeben",
    ),
    (
        "Indirizzo PEC non valido",
        "Ungültige PEC-Adresse",
    ),
    (
        "Indirizzo e-mail non valido",
        "Ungültige E-Mail-Adresse",
    ),
    (
        "Inserire i primi 8 caratteri del PIN",
        "Bitte die ersten 8 Zeichen der PIN eingeben",
    ),
    (
        "Inserire il codice ricevuto su questo recapito",
        "Bitte den an diese Kontaktangabe gesendeten Code eingeben",
    ),
    (
        "L'anno di nascita è stato letto nel secolo precedente: il comune di nascita non esisteva più nel secolo più recente",
        "Das Geburtsjahr wurde dem vorigen Jahrhundert zugeordnet: die Geburtsgemeinde bestand im jüngeren Jahrhundert nicht mehr",
    ),
    (
        "L'informativa è stata aggiornata: leggere la versione in vigore e accettarla",
        "Die Datenschutzerklärung wurde aktualisiert: bitte die geltende Fassung lesen und akzeptieren",
    ),
    (
        "L'utente {codice_fiscale} ha già un PIN assegnato",
        "Dem Benutzer {codice_fiscale} ist bereits eine PIN zugewiesen",
    ),
    (
        "La data di nascita indicata nel codice fiscale non esiste",
        "Das in der Steuernummer angegebene Geburtsdatum existiert nicht",
    ),
    (
        "La data di nascita non può essere nel futuro",
        "Das Geburtsdatum darf nicht in der Zukunft liegen",
    ),
    (
        "La data di nascita non è plausibile",
        "Das Geburtsdatum ist nicht plausibel",
    ),
    (
        "La data di rilascio non può essere nel futuro",
        "Das Ausstellungsdatum darf nicht in der Zukunft liegen",
    ),
    (
        "La data di scadenza deve essere successiva alla data di rilascio",
        "Das Ablaufdatum muss nach dem Ausstellungsdatum liegen",
    ),
    (
        "La data non può essere nel futuro",
        "Das Datum darf nicht in der Zukunft liegen",
    ),
    (
        "La data simulata deve essere compresa tra il 01/01/2000 e il 31/12/2099",
        "Das simulierte Datum muss zwischen dem 01/01/2000 und dem 31/12/2099 liegen",
    ),
    (
        "La domanda è in attesa di PIN dispositivo: la ricevuta sarà disponibile dopo la protocollazione",
        "Der Antrag wartet auf die PIN mit dispositiver Funktion: die Empfangsbestätigung ist nach der Protokollierung verfügbar",
    ),
    (
        "La prima parte del PIN può essere inviata di nuovo solo se non è arrivata entro {HALF1_RESEND_AFTER_HOURS} ore dalla richiesta: dal {}.",
        "Der erste Teil der PIN kann nur erneut gesendet werden, wenn er nicht innerhalb von {HALF1_RESEND_AFTER_HOURS} Stunden nach dem Antrag angekommen ist: ab {}.",
    ),
    (
        "La prima parte del PIN è già stata inviata di nuovo {MAX_HALF1_RESENDS} volte: non è possibile inviarla ancora. Il cittadino può richiedere un nuovo PIN in sede.",
        "Der erste Teil der PIN wurde bereits {MAX_HALF1_RESENDS} Mal erneut gesendet: ein weiterer Versand ist nicht möglich. Der Bürger kann bei einem Sitz eine neue PIN beantragen.",
    ),
    (
        "La richiamata è già stata chiusa: l'esito è registrato",
        "Der Rückruf wurde bereits abgeschlossen: das Ergebnis ist erfasst",
    ),
    (
        "La richiesta di conversione è già in lavorazione: riceverà l'esito per e-mail",
        "Der Antrag auf Umwandlung wird bereits bearbeitet: Sie erhalten das Ergebnis per E-Mail",
    ),
    (
        "La richiesta non è in lavorazione: è già stata decisa",
        "Der Antrag ist nicht in Bearbeitung: er wurde bereits entschieden",
    ),
    (
        "La richiesta supera la dimensione massima consentita",
        "Die Anfrage überschreitet die zulässige Höchstgröße",
    ),
    (
        "Nome utente o password errati",
        "Benutzername oder Passwort falsch",
    ),
    (
        "Numero di telefono non valido: prefisso internazionale seguito da 6-15 cifre",
        "Ungültige Telefonnummer: internationale Vorwahl gefolgt von 6-15 Ziffern",
    ),
    (
        "Numero di {} non valido: {}",
        "Ungültige Nummer ({}): {}",
    ),
    (
        "Operazione non consentita",
        "Vorgang nicht zulässig",
    ),
    (
        "Operazione non consentita al suo profilo di operatore",
        "Vorgang für Ihr Operatorprofil nicht zulässig",
    ),
    (
        "Operazione non consentita su questa risorsa",
        "Vorgang für diese Ressource nicht zulässig",
    ),
    (
        "PIN bloccato per troppi tentativi errati. Riprovare tra {}.",
        "PIN wegen zu vieler Fehlversuche gesperrt. Bitte in {} erneut versuchen.",
    ),
    (
        "Prima di proseguire è necessario cambiare il PIN",
        "Bevor Sie fortfahren, müssen Sie die PIN ändern",
    ),
    (
        "Provincia non trovata",
        "Provinz nicht gefunden",
    ),
    (
        "Richiesta di revoca ricevuta. Se i dati corrispondono a un PIN assegnato, riceverà all'indirizzo indicato un messaggio con il codice per confermare la revoca.",
        "Antrag auf Widerruf erhalten. Wenn die Daten einer zugewiesenen PIN entsprechen, erhalten Sie an die angegebene Adresse eine Nachricht mit dem Code zur Bestätigung des Widerrufs.",
    ),
    (
        "Richiesta di ripristino ricevuta. Se i dati corrispondono a un PIN già utilizzato, riceverà all'indirizzo e-mail registrato un codice provvisorio da inserire per ottenere il nuovo PIN.",
        "Antrag auf Wiederherstellung erhalten. Wenn die Daten einer bereits verwendeten PIN entsprechen, erhalten Sie an die registrierte E-Mail-Adresse einen vorläufigen Code, den Sie eingeben, um die neue PIN zu erhalten.",
    ),
    (
        "Richiesta non consentita: origine non riconosciuta",
        "Anfrage nicht zulässig: Herkunft nicht erkannt",
    ),
    (
        "Richiesta non valida",
        "Ungültige Anfrage",
    ),
    (
        "Ripristino completato: i primi 8 caratteri del nuovo PIN sono stati inviati via SMS, gli altri 8 via e-mail. Al primo accesso le sarà chiesto di cambiarlo.",
        "Wiederherstellung abgeschlossen: die ersten 8 Zeichen der neuen PIN wurden per SMS gesendet, die anderen 8 per E-Mail. Beim Erstzugang werden Sie aufgefordert, sie zu ändern.",
    ),
    (
        "Risorsa non trovata",
        "Ressource nicht gefunden",
    ),
    (
        "Scegliere come ricevere gli avvisi: e-mail o SMS",
        "Bitte wählen, wie Sie Mitteilungen erhalten: E-Mail oder SMS",
    ),
    (
        "Scegliere come telefono preferenziale un numero indicato",
        "Bitte eine der angegebenen Nummern als bevorzugtes Telefon wählen",
    ),
    (
        "Scegliere il file da caricare",
        "Bitte die hochzuladende Datei auswählen",
    ),
    (
        "Scegliere il periodo della domanda",
        "Bitte den Zeitraum des Antrags wählen",
    ),
    (
        "Scegliere il tipo di documento",
        "Bitte die Art des Dokuments wählen",
    ),
    (
        "Scegliere la categoria di appartenenza",
        "Bitte die zutreffende Kategorie wählen",
    ),
    (
        "Scegliere un orario preferenziale",
        "Bitte eine bevorzugte Uhrzeit wählen",
    ),
    (
        "Scegliere una lingua: italiano, tedesco o inglese",
        "Bitte eine Sprache wählen: Italienisch, Deutsch oder Englisch",
    ),
    (
        "Sessione assente o scaduta: effettuare di nuovo l'accesso",
        "Keine oder abgelaufene Sitzung: bitte erneut anmelden",
    ),
    (
        "Sono ammessi solo lettere, spazi, apostrofi e trattini",
        "Zulässig sind nur Buchstaben, Leerzeichen, Apostrophe und Bindestriche",
    ),
    (
        "Tempo scaduto: riprovare",
        "Zeit abgelaufen: bitte erneut versuchen",
    ),
    (
        "Tipo di domanda sconosciuto",
        "Unbekannte Antragsart",
    ),
    (
        "Un altro operatore ha appena registrato un esito per questa richiamata",
        "Ein anderer Operator hat soeben ein Ergebnis für diesen Rückruf erfasst",
    ),
    (
        "Una classe ha da 1 a 40 mondi",
        "Eine Klasse hat 1 bis 40 Welten",
    ),
    (
        "Utenza bloccata per troppi tentativi errati. Riprovare tra {}.",
        "Benutzerkonto wegen zu vieler Fehlversuche gesperrt. Bitte in {} erneut versuchen.",
    ),
    (
        "Codice inviato al nuovo recapito: chiedere al cittadino di comunicarlo",
        "Code an die neue Kontaktangabe gesendet: bitte den Bürger bitten, ihn mitzuteilen",
    ),
    (
        "Indicare il recapito",
        "Bitte die Kontaktangabe angeben",
    ),
    (
        "Questo recapito è già registrato: per cambiarlo il cittadino usa \"I tuoi recapiti\"",
        "Diese Kontaktangabe ist bereits registriert: um sie zu ändern, verwendet der Bürger \"Ihre Kontaktangaben\"",
    ),
    (
        "Tipo di recapito non valido: mobile, email o pec",
        "Ungültige Art der Kontaktangabe: mobile, email oder pec",
    ),
    (
        "Il cognome non corrisponde al codice fiscale",
        "Der Nachname stimmt nicht mit der Steuernummer überein",
    ),
    (
        "Il nome non corrisponde al codice fiscale",
        "Der Vorname stimmt nicht mit der Steuernummer überein",
    ),
    (
        "Il sesso non corrisponde al codice fiscale",
        "Das Geschlecht stimmt nicht mit der Steuernummer überein",
    ),
    (
        "La data di nascita non corrisponde al codice fiscale",
        "Das Geburtsdatum stimmt nicht mit der Steuernummer überein",
    ),
    (
        "Il luogo di nascita non corrisponde al codice fiscale",
        "Der Geburtsort stimmt nicht mit der Steuernummer überein",
    ),
    (
        "Il dato non corrisponde al codice fiscale",
        "Die Angabe stimmt nicht mit der Steuernummer überein",
    ),
    (
        "Per questo servizio è necessario il PIN completo: accedere con il codice fiscale e il PIN di 16 caratteri (prima e seconda parte)",
        "Für diesen Dienst ist die vollständige PIN nötig: bitte mit der Steuernummer und der 16-stelligen PIN (erster und zweiter Teil) anmelden",
    ),
    (
        "Per questo servizio è necessario il PIN dispositivo: convertire il PIN con la procedura \"Converti il tuo PIN\"",
        "Für diesen Dienst ist die PIN mit dispositiver Funktion nötig: bitte die PIN mit dem Verfahren \"PIN umwandeln\" umwandeln",
    ),
    (
        "Dal {} l'INPS non rilascia più nuovi PIN. Per accedere ai servizi online utilizza SPID (Sistema Pubblico di Identità Digitale), CIE (Carta di Identità Elettronica) o CNS (Carta Nazionale dei Servizi). I PIN già rilasciati continuano a funzionare.",
        "Seit dem {} stellt das NISF/INPS keine neuen PINs mehr aus. Für den Zugang zu den Online-Diensten verwenden Sie SPID (Öffentliches System für die digitale Identität), CIE (elektronische Identitätskarte) oder CNS (Bürgerkarte). Bereits ausgestellte PINs funktionieren weiterhin.",
    ),
    (
        "Il PIN INPS è stato dismesso e non consente più l'accesso ai servizi online: utilizza SPID (Sistema Pubblico di Identità Digitale), CIE (Carta di Identità Elettronica) o CNS (Carta Nazionale dei Servizi).",
        "Die PIN des NISF/INPS wurde abgeschafft und ermöglicht keinen Zugang zu den Online-Diensten mehr: verwenden Sie SPID (Öffentliches System für die digitale Identität), CIE (elektronische Identitätskarte) oder CNS (Bürgerkarte).",
    ),
    (
        "Dal {} l'INPS non rilascia più nuovi PIN. In sede il PIN si rilascia ancora soltanto ai minori, a chi non ha un documento di identità italiano e a chi è sotto tutela, curatela o amministrazione di sostegno: indicare l'eccezione. Per gli altri cittadini: SPID, CIE o CNS.",
        "Seit dem {} stellt das NISF/INPS keine neuen PINs mehr aus. In der Dienststelle wird die PIN nur noch Minderjährigen, Personen ohne italienisches Ausweisdokument und Personen unter Vormundschaft, Pflegschaft oder Sachwalterschaft ausgestellt: bitte die Ausnahme angeben. Für alle anderen Bürger: SPID, CIE oder CNS.",
    ),
    (
        "Codice fiscale del rappresentante non valido",
        "Ungültige Steuernummer des Vertreters",
    ),
    (
        "Codice fiscale non presente in anagrafe: verificare il documento del cittadino",
        "Steuernummer nicht im Melderegister: bitte das Dokument des Bürgers prüfen",
    ),
    (
        "Eccezione non prevista: minore, senza documento italiano, tutela",
        "Ausnahme nicht vorgesehen: minderjährig, ohne italienisches Dokument, Vormundschaft",
    ),
    (
        "Il PIN del cittadino è già dispositivo",
        "Die PIN des Bürgers hat bereits dispositive Funktion",
    ),
    (
        "Il cittadino deve prima effettuare il primo accesso con il PIN ricevuto",
        "Der Bürger muss sich zuerst mit der erhaltenen PIN erstmals anmelden",
    ),
    (
        "Il cittadino è maggiorenne: l'eccezione per i minori non si applica",
        "Der Bürger ist volljährig: die Ausnahme für Minderjährige gilt nicht",
    ),
    (
        "Il cittadino è maggiorenne: non sono ammesse deleghe, il PIN si rilascia al titolare",
        "Der Bürger ist volljährig: Vollmachten sind nicht zulässig, die PIN wird dem Inhaber ausgestellt",
    ),
    (
        "Il cittadino è minorenne: il PIN si rilascia tramite un genitore o il tutore, indicarne i dati",
        "Der Bürger ist minderjährig: die PIN wird über einen Elternteil oder den Vormund ausgestellt, bitte dessen Daten angeben",
    ),
    (
        "Il rappresentante deve essere una persona diversa dal cittadino",
        "Der Vertreter muss eine andere Person als der Bürger sein",
    ),
    (
        "Indicare il tutore, il curatore o l'amministratore di sostegno che rappresenta il cittadino",
        "Bitte den Vormund, Pfleger oder Sachwalter angeben, der den Bürger vertritt",
    ),
    (
        "Numero del documento estero non valido: da 5 a 20 lettere e cifre",
        "Ungültige Nummer des ausländischen Dokuments: 5 bis 20 Buchstaben und Ziffern",
    ),
    (
        "Per l'eccezione \"senza documento di identità italiano\" indicare il documento estero",
        "Für die Ausnahme \"ohne italienisches Ausweisdokument\" bitte das ausländische Dokument angeben",
    ),
    (
        "Solo genitore, tutore, curatore o amministratore di sostegno: non sono ammesse deleghe",
        "Nur Elternteil, Vormund, Pfleger oder Sachwalter: Vollmachten sind nicht zulässig",
    ),
    (
        "È già in corso una richiesta di conversione online: attendere l'esito del back office",
        "Es läuft bereits ein Online-Umwandlungsantrag: bitte die Entscheidung des Backoffice abwarten",
    ),
    (
        "Scegliere l'argomento della richiesta",
        "Bitte das Thema der Anfrage wählen",
    ),
    (
        "Descrivere il problema con almeno 10 caratteri",
        "Bitte das Problem mit mindestens 10 Zeichen beschreiben",
    ),
    (
        "Messaggio troppo lungo: al massimo 1000 caratteri",
        "Nachricht zu lang: höchstens 1000 Zeichen",
    ),
    (
        "Il messaggio non può contenere i caratteri < e >",
        "Die Nachricht darf die Zeichen < und > nicht enthalten",
    ),
    (
        "Richiesta di assistenza {id} registrata: riceverà la risposta all'indirizzo e-mail indicato, dove le abbiamo inviato anche una conferma.",
        "Hilfeanfrage {id} registriert: Sie erhalten die Antwort an die angegebene E-Mail-Adresse, an die wir Ihnen auch eine Bestätigung gesendet haben.",
    ),
    (
        "Scrivere una risposta di almeno 10 caratteri",
        "Bitte eine Antwort mit mindestens 10 Zeichen schreiben",
    ),
    (
        "Risposta troppo lunga: al massimo 2000 caratteri",
        "Antwort zu lang: höchstens 2000 Zeichen",
    ),
    (
        "La risposta non può contenere i caratteri < e >",
        "Die Antwort darf die Zeichen < und > nicht enthalten",
    ),
    (
        "Stato non valido: open, in_progress o closed",
        "Ungültiger Status: open, in_progress oder closed",
    ),
    (
        "La richiesta di assistenza è già chiusa: la risposta è stata inviata",
        "Die Hilfeanfrage ist bereits abgeschlossen: die Antwort wurde gesendet",
    ),
    (
        "Scenario sconosciuto: scegliere uno degli scenari elencati",
        "Unbekanntes Szenario: bitte eines der aufgeführten Szenarien wählen",
    ),
    (
        "Codice di accesso al mondo non valido o revocato: controllare il codice ricevuto dal formatore",
        "Zugangscode der Welt ungültig oder widerrufen: prüfen Sie den Code, den Sie vom Trainer erhalten haben",
    ),
    (
        "Il nome del mondo può avere al massimo 80 caratteri",
        "Der Name der Welt darf höchstens 80 Zeichen lang sein",
    ),
    (
        "Il ritmo va da 1 (tempo manuale) a 10080 secondi simulati per secondo reale",
        "Das Tempo reicht von 1 (manuelle Zeit) bis 10080 simulierte Sekunden pro echter Sekunde",
    ),
    (
        "Mondo di simulazione inesistente o chiuso",
        "Simulationswelt nicht vorhanden oder beendet",
    ),
    (
        "Il documento non è l'esportazione di un mondo di simulazione",
        "Das Dokument ist nicht der Export einer Simulationswelt",
    ),
    (
        "Il mondo è stato esportato da un server con un'altra base dati: importarlo su un server dello stesso tipo e versione",
        "Die Welt wurde von einem Server mit einer anderen Datenbank exportiert: importieren Sie sie auf einem Server desselben Typs und derselben Version",
    ),
    (
        "Il documento contiene un file con un percorso non valido",
        "Das Dokument enthält eine Datei mit einem ungültigen Pfad",
    ),
    (
        "Il documento contiene un file non leggibile",
        "Das Dokument enthält eine unlesbare Datei",
    ),
    (
        "Il documento non corrisponde allo schema di questo server",
        "Das Dokument entspricht nicht dem Schema dieses Servers",
    ),
    (
        "Data simulata fuori intervallo",
        "Simuliertes Datum außerhalb des Bereichs",
    ),
    (
        "Messaggio inesistente nel simulatore",
        "Nachricht im Simulator nicht vorhanden",
    ),
    // Audit details (`operators::detail`), translated when the audit is read.
    (
        "Consultata la posizione del cittadino",
        "Akte des Bürgers eingesehen",
    ),
    (
        "Richiesta PIN n. {} registrata per telefono; prima parte comunicata nella chiamata",
        "PIN-Antrag Nr. {} telefonisch erfasst; erster Teil der PIN im Gespräch mitgeteilt",
    ),
    (
        "Prima parte del PIN inviata di nuovo ({} a {})",
        "Erster Teil der PIN erneut gesendet ({} an {})",
    ),
    (
        "Codice di verifica inviato al nuovo recapito ({} {})",
        "Bestätigungscode an die neue Kontaktangabe gesendet ({} {})",
    ),
    (
        "Recapito aggiunto e verificato ({} {})",
        "Kontaktangabe hinzugefügt und bestätigt ({} {})",
    ),
    (
        "Conversione in PIN dispositivo n. {} approvata",
        "Umwandlung in die PIN mit dispositiver Funktion Nr. {} genehmigt",
    ),
    (
        "Conversione in PIN dispositivo n. {} respinta: {}",
        "Umwandlung in die PIN mit dispositiver Funktion Nr. {} abgelehnt: {}",
    ),
    (
        "Richiesta di assistenza presa in carico",
        "Hilfeanfrage übernommen",
    ),
    (
        "Richiesta di assistenza chiusa: risposta inviata per e-mail",
        "Hilfeanfrage abgeschlossen: Antwort per E-Mail gesendet",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}",
        "PIN mit dispositiver Funktion Nr. {} am INPS-Sitz ausgestellt; Ausweis: {} Nr. {}",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; eccezione: {}",
        "PIN mit dispositiver Funktion Nr. {} am INPS-Sitz ausgestellt; Ausweis: {} Nr. {}; Ausnahme: {}",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; tramite {} {} {} ({})",
        "PIN mit dispositiver Funktion Nr. {} am INPS-Sitz ausgestellt; Ausweis: {} Nr. {}; vertreten durch {} {} {} ({})",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; eccezione: {}; tramite {} {} {} ({})",
        "PIN mit dispositiver Funktion Nr. {} am INPS-Sitz ausgestellt; Ausweis: {} Nr. {}; Ausnahme: {}; vertreten durch {} {} {} ({})",
    ),
    (
        "PIN convertito in dispositivo allo sportello (conversione {}); documento: {} n. {}",
        "PIN am Schalter in die PIN mit dispositiver Funktion umgewandelt (Umwandlung {}); Ausweis: {} Nr. {}",
    ),
];

/// Subjects and bodies of the inbox messages (SMS, e-mail, PEC, letters, calls); templates as in `MESSAGES`.
pub(super) const INBOX: &[(&str, &str)] = &[
    (
        "INPS: prima parte del PIN: {half1}. La seconda parte le sarà spedita per posta all'indirizzo di residenza. Richiesta n. {request_id}.",
        "INPS: erster Teil der PIN: {half1}. Der zweite Teil wird Ihnen per Post an Ihre Wohnadresse gesendet. Antrag Nr. {request_id}.",
    ),
    (
        "Gentile {full_name},

la sua richiesta di PIN n. {request_id} è stata registrata.

Prima parte del PIN (8 caratteri): {half1}

La seconda parte le sarà spedita per posta ordinaria all'indirizzo di residenza. Al primo accesso a www.inps.it inserisca il codice fiscale e i 16 caratteri (prima e seconda parte, senza spazi): il sistema le assegnerà un nuovo PIN di 8 caratteri da conservare con cura.

Con la sola prima parte può già accedere ad alcuni servizi semplificati.

Istituto Nazionale della Previdenza Sociale{FOOTER}",
        "Sehr geehrte/r {full_name},

Ihr PIN-Antrag Nr. {request_id} wurde registriert.

Erster Teil der PIN (8 Zeichen): {half1}

Der zweite Teil wird Ihnen per gewöhnlicher Post an Ihre Wohnadresse gesendet. Geben Sie beim Erstzugang auf www.inps.it die Steuernummer und die 16 Zeichen ein (erster und zweiter Teil, ohne Leerzeichen): das System teilt Ihnen eine neue 8-stellige PIN zu, die Sie sorgfältig aufbewahren.

Mit dem ersten Teil allein können Sie bereits einige vereinfachte Dienste nutzen.

Nationales Institut für soziale Fürsorge (NISF/INPS){FOOTER}",
    ),
    (
        "INPS - Prima parte del PIN",
        "INPS - Erster Teil der PIN",
    ),
    (
        "Contact Center INPS - Richiesta PIN telefonica",
        "Contact Center INPS - Telefonischer PIN-Antrag",
    ),
    (
        "L'operatore del Contact Center ha registrato la richiesta di PIN n. {request_id} e le comunica la prima parte del PIN: {half1}. La seconda parte le sarà spedita per posta. Prima di usarlo, attivi il PIN con la funzione \"Attiva PIN\" (codice fiscale, tessera sanitaria, prima parte del PIN e due recapiti).{FOOTER}",
        "Der Operator des Contact Centers hat den PIN-Antrag Nr. {request_id} registriert und teilt Ihnen den ersten Teil der PIN mit: {half1}. Der zweite Teil wird Ihnen per Post gesendet. Bevor Sie sie verwenden, aktivieren Sie die PIN mit der Funktion \"PIN aktivieren\" (Steuernummer, Gesundheitskarte, erster Teil der PIN und zwei Kontaktangaben).{FOOTER}",
    ),
    (
        "ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE

Gentile Sig./Sig.ra
{} {}
{address}

Codice fiscale: {codice_fiscale}
Oggetto: seconda parte del PIN (richiesta n. {request_id})

Le comunichiamo la seconda parte del suo PIN:

    {half2}

Per il primo accesso ai servizi online inserisca il codice fiscale e il PIN completo di 16 caratteri: prima gli 8 caratteri ricevuti via SMS, e-mail o PEC, poi gli 8 caratteri riportati in questa lettera. Le sarà quindi assegnato un nuovo PIN di 8 caratteri. Nel PIN, 0 è la cifra zero e non la lettera O.

Il PIN è personale: non lo comunichi a nessuno.

Distinti saluti
La Direzione{FOOTER}",
        "NATIONALES INSTITUT FÜR SOZIALE FÜRSORGE (NISF/INPS)

Herrn/Frau
{} {}
{address}

Steuernummer: {codice_fiscale}
Betreff: zweiter Teil der PIN (Antrag Nr. {request_id})

Wir teilen Ihnen den zweiten Teil Ihrer PIN mit:

    {half2}

Für den Erstzugang zu den Online-Diensten geben Sie die Steuernummer und die vollständige 16-stellige PIN ein: zuerst die 8 Zeichen, die Sie per SMS, E-Mail oder PEC erhalten haben, dann die 8 Zeichen aus diesem Brief. Danach wird Ihnen eine neue 8-stellige PIN zugeteilt. In der PIN ist 0 die Ziffer Null und nicht der Buchstabe O.

Die PIN ist persönlich: teilen Sie sie niemandem mit.

Mit freundlichen Grüßen
Die Direktion{FOOTER}",
    ),
    (
        "INPS - Seconda parte del PIN",
        "INPS - Zweiter Teil der PIN",
    ),
    (
        "Il Contact Center INPS la richiamerà al numero {phone}, {slot} (orario preferenziale indicato), per verificare l'indirizzo di residenza della richiesta PIN n. {request_id}: l'indirizzo indicato non corrisponde a quello presente negli archivi INPS. La seconda parte del PIN sarà spedita dopo la verifica.{FOOTER}",
        "Das Contact Center des INPS ruft Sie unter der Nummer {phone} zurück, {slot} (angegebene bevorzugte Uhrzeit), um die Wohnadresse des PIN-Antrags Nr. {request_id} zu überprüfen: die angegebene Adresse entspricht nicht der in den Archiven des INPS. Der zweite Teil der PIN wird nach der Überprüfung gesendet.{FOOTER}",
    ),
    (
        "Contact Center INPS - Verifica indirizzo di residenza",
        "Contact Center INPS - Überprüfung der Wohnadresse",
    ),
    (
        "INPS: il {when} {what}. Se non è stato lei, contatti subito il Contact Center (803 164 da rete fissa, 06 164 164 da cellulare).",
        "INPS: am {when} {what}. Falls Sie das nicht waren, wenden Sie sich sofort an das Contact Center (803 164 vom Festnetz, 06 164 164 vom Handy).",
    ),
    (
        "INPS - Avviso di sicurezza sul PIN",
        "INPS - Sicherheitshinweis zur PIN",
    ),
    (
        "{body}

— Messaggio del simulatore PIN INPS (non affiliato all'INPS).",
        "{body}

— Nachricht des PIN-INPS-Simulators (nicht mit dem INPS verbunden).",
    ),
    (
        "INPS: codice di verifica del cellulare: {code}. Valido 10 minuti. Non comunicarlo a nessuno.",
        "INPS: Code zur Überprüfung des Handys: {code}. 10 Minuten gültig. Teilen Sie ihn niemandem mit.",
    ),
    (
        "INPS - Verifica del recapito",
        "INPS - Überprüfung der Kontaktangabe",
    ),
    (
        "Gentile utente,

per verificare questo recapito inserisca il codice seguente nella pagina \"Verifica dei recapiti\":

    {code}

Il codice vale 24 ore e può essere usato una sola volta.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer,

um diese Kontaktangabe zu überprüfen, geben Sie den folgenden Code auf der Seite \"Überprüfung der Kontaktangaben\" ein:

    {code}

Der Code ist 24 Stunden gültig und kann nur einmal verwendet werden.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS: codice per attivare il PIN: {code}. Valido 10 minuti. Non comunicarlo a nessuno.",
        "INPS: Code zur Aktivierung der PIN: {code}. 10 Minuten gültig. Teilen Sie ihn niemandem mit.",
    ),
    (
        "INPS - Revoca del PIN: codice di conferma",
        "INPS - Widerruf der PIN: Bestätigungscode",
    ),
    (
        "Gentile utente,

abbiamo ricevuto la richiesta di revoca del PIN associato al codice fiscale {cf}. Per confermarla inserisca il codice seguente nella pagina \"Revoca PIN\" entro 24 ore:

    {code}

Dopo la conferma il PIN sarà annullato e potrà richiederne uno nuovo come la prima volta.

Se non ha chiesto lei la revoca, ignori questo messaggio.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer,

wir haben den Antrag auf Widerruf der PIN zur Steuernummer {cf} erhalten. Um ihn zu bestätigen, geben Sie den folgenden Code innerhalb von 24 Stunden auf der Seite \"PIN widerrufen\" ein:

    {code}

Nach der Bestätigung wird die PIN annulliert, und Sie können wie beim ersten Mal eine neue beantragen.

Falls Sie den Widerruf nicht beantragt haben, ignorieren Sie diese Nachricht.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS - Ripristino del PIN: codice provvisorio",
        "INPS - Wiederherstellung der PIN: vorläufiger Code",
    ),
    (
        "Gentile utente,

abbiamo ricevuto la sua richiesta di ripristino del PIN. Il codice provvisorio è:

    {code}

Lo inserisca nella pagina \"Ripristina PIN\" entro 24 ore: riceverà i primi 8 caratteri del nuovo PIN via SMS e gli altri 8 via e-mail.

Se non ha chiesto lei il ripristino, ignori questo messaggio.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer,

wir haben Ihren Antrag auf Wiederherstellung der PIN erhalten. Der vorläufige Code lautet:

    {code}

Geben Sie ihn innerhalb von 24 Stunden auf der Seite \"PIN wiederherstellen\" ein: Sie erhalten die ersten 8 Zeichen der neuen PIN per SMS und die anderen 8 per E-Mail.

Falls Sie die Wiederherstellung nicht beantragt haben, ignorieren Sie diese Nachricht.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS - Ripristino del PIN non possibile",
        "INPS - Wiederherstellung der PIN nicht möglich",
    ),
    (
        "Gentile utente,

il ripristino è possibile solo per un PIN già utilizzato almeno una volta. Per ottenere un nuovo PIN utilizzi la funzione \"Revoca PIN\" e poi richieda un nuovo PIN.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer,

die Wiederherstellung ist nur für eine bereits mindestens einmal verwendete PIN möglich. Um eine neue PIN zu erhalten, verwenden Sie die Funktion \"PIN widerrufen\" und beantragen Sie dann eine neue PIN.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS - Ripristino PIN: prima parte",
        "INPS - PIN-Wiederherstellung: erster Teil",
    ),
    (
        "INPS: prima parte del nuovo PIN: {}. La seconda parte le è stata inviata via e-mail. Al primo accesso inserisca i 16 caratteri.",
        "INPS: erster Teil der neuen PIN: {}. Der zweite Teil wurde Ihnen per E-Mail gesendet. Geben Sie beim Erstzugang die 16 Zeichen ein.",
    ),
    (
        "INPS - Ripristino PIN: seconda parte",
        "INPS - PIN-Wiederherstellung: zweiter Teil",
    ),
    (
        "Gentile utente,

seconda parte del nuovo PIN: {}

La prima parte le è stata inviata via SMS. Al primo accesso inserisca il codice fiscale e i 16 caratteri: il sistema le assegnerà un nuovo PIN di 8 caratteri.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer,

zweiter Teil der neuen PIN: {}

Der erste Teil wurde Ihnen per SMS gesendet. Geben Sie beim Erstzugang die Steuernummer und die 16 Zeichen ein: das System teilt Ihnen eine neue 8-stellige PIN zu.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS - Il suo PIN è ora dispositivo",
        "INPS - Ihre PIN hat jetzt dispositive Funktion",
    ),
    (
        "Gentile {who},

la sua richiesta di conversione in PIN dispositivo n. {} del {} è stata accolta. Da oggi il suo PIN consente di presentare domande e richiedere prestazioni online: le domande sono protocollate subito.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte/r {who},

Ihr Antrag Nr. {} vom {} auf Umwandlung in eine PIN mit dispositiver Funktion wurde angenommen. Ab heute können Sie mit Ihrer PIN online Anträge stellen und Leistungen beantragen: die Anträge werden sofort protokolliert.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS - Domande protocollate",
        "INPS - Protokollierte Anträge",
    ),
    (
        "Gentile {who},

le domande che aveva presentato con il PIN ordinario, in attesa di PIN dispositivo, sono state protocollate mantenendo la data di presentazione originale:

{}

Le ricevute sono disponibili in MyINPS, sezione \"Le mie domande\".

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte/r {who},

die Anträge, die Sie mit der gewöhnlichen PIN gestellt hatten und die auf die PIN mit dispositiver Funktion warteten, wurden mit dem ursprünglichen Einreichungsdatum protokolliert:

{}

Die Empfangsbestätigungen finden Sie in MyINPS, Bereich \"Meine Anträge\".

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "INPS - Richiesta di PIN dispositivo respinta",
        "INPS - Antrag auf PIN mit dispositiver Funktion abgelehnt",
    ),
    (
        "Gentile {} {},

la sua richiesta di conversione in PIN dispositivo n. {} non è stata accolta per il seguente motivo:

{reason}

Può presentare una nuova richiesta da MyINPS, \"Converti il tuo PIN\", con il modulo MV35 firmato e una copia leggibile di un documento in corso di validità.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte/r {} {},

Ihr Antrag Nr. {} auf Umwandlung in eine PIN mit dispositiver Funktion wurde aus folgendem Grund nicht angenommen:

{reason}

Sie können in MyINPS unter \"PIN umwandeln\" einen neuen Antrag stellen, mit dem unterschriebenen Formular MV35 und einer lesbaren Kopie eines gültigen Dokuments.

Nationales Institut für soziale Fürsorge (NISF/INPS)",
    ),
    (
        "Contact Center INPS - Indirizzo di residenza verificato",
        "Contact Center INPS - Wohnadresse überprüft",
    ),
    (
        "Chiamata del Contact Center INPS per la richiesta PIN n. {id}: l'indirizzo di residenza è stato {}. La seconda parte del PIN è stata spedita per posta a {address}.",
        "Anruf des Contact Centers des INPS zum PIN-Antrag Nr. {id}: die Wohnadresse wurde {}. Der zweite Teil der PIN wurde per Post an {address} gesendet.",
    ),
    (
        "Contact Center INPS - Chiamata senza risposta",
        "Contact Center INPS - Anruf ohne Antwort",
    ),
    (
        "Chiamata senza risposta dal Contact Center INPS (tentativo n. {}) per verificare l'indirizzo di residenza della richiesta PIN n. {id}. La richiameremo nella fascia oraria indicata.",
        "Unbeantworteter Anruf des Contact Centers des INPS (Versuch Nr. {}) zur Überprüfung der Wohnadresse des PIN-Antrags Nr. {id}. Wir rufen Sie in der angegebenen Zeitspanne erneut an.",
    ),
    (
        "Contact Center INPS - Richiesta PIN annullata",
        "Contact Center INPS - PIN-Antrag annulliert",
    ),
    (
        "Chiamata del Contact Center INPS: la richiesta PIN n. {id} è stata annullata su sua indicazione. Può presentare una nuova richiesta in qualsiasi momento.",
        "Anruf des Contact Centers des INPS: der PIN-Antrag Nr. {id} wurde auf Ihren Wunsch annulliert. Sie können jederzeit einen neuen Antrag stellen.",
    ),
    (
        "INPS: prima parte del PIN: {half1} (nuovo invio dal Contact Center). Richiesta n. {request_id}.",
        "INPS: erster Teil der PIN: {half1} (erneuter Versand durch das Contact Center). Antrag Nr. {request_id}.",
    ),
    (
        "INPS - Prima parte del PIN (nuovo invio)",
        "INPS - Erster Teil der PIN (erneuter Versand)",
    ),
    (
        "Gentile {} {},

come richiesto al Contact Center, le inviamo di nuovo la prima parte del PIN della richiesta n. {request_id}:

{half1}

La seconda parte le è spedita per posta all'indirizzo di residenza.

Istituto Nazionale della Previdenza Sociale{FOOTER}",
        "Sehr geehrte/r {} {},

wie beim Contact Center beantragt, senden wir Ihnen erneut den ersten Teil der PIN des Antrags Nr. {request_id}:

{half1}

Der zweite Teil wird Ihnen per Post an Ihre Wohnadresse gesendet.

Nationales Institut für soziale Fürsorge (NISF/INPS){FOOTER}",
    ),
    (
        "INPS: codice {code} per registrare questo recapito sul PIN, come richiesto al Contact Center. Comunichi il codice all'operatore.{FOOTER}",
        "INPS: Code {code}, um diese Kontaktangabe für die PIN zu registrieren, wie beim Contact Center beantragt. Teilen Sie den Code dem Operator mit.{FOOTER}",
    ),
    (
        "INPS - Codice di verifica del recapito",
        "INPS - Code zur Überprüfung der Kontaktangabe",
    ),
    (
        "Gentile {who},\n\nil suo PIN è stato convertito in PIN dispositivo presso la sede ({}). Da oggi il suo PIN consente di presentare domande e richiedere prestazioni online: le domande sono protocollate subito.",
        "Sehr geehrte/r {who},\n\nIhre PIN wurde am INPS-Sitz ({}) in eine PIN mit dispositiver Funktion umgewandelt. Ab heute können Sie mit Ihrer PIN online Anträge stellen und Leistungen beantragen: die Anträge werden sofort protokolliert.",
    ),
    (
        "INPS - Richiesta di assistenza {id}",
        "INPS - Hilfeanfrage {id}",
    ),
    (
        "Gentile utente,

abbiamo ricevuto la sua richiesta di assistenza {id} (argomento: {topic}). Un operatore del Contact Center le risponderà a questo indirizzo; può anche chiamare l'803 164 da rete fissa o lo 06 164 164 da cellulare, dal lunedì al venerdì dalle 8 alle 20 e il sabato dalle 8 alle 14, citando il numero della richiesta.

Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer,

wir haben Ihre Hilfeanfrage {id} erhalten (Thema: {topic}). Eine Mitarbeiterin oder ein Mitarbeiter des Contact Centers antwortet Ihnen an diese Adresse; Sie können auch die 803 164 aus dem Festnetz oder die 06 164 164 vom Mobiltelefon anrufen, montags bis freitags von 8 bis 20 Uhr und samstags von 8 bis 14 Uhr, und dabei die Nummer der Anfrage nennen.

Nationalinstitut für soziale Fürsorge (INPS)",
    ),
    (
        "INPS - Risposta alla richiesta di assistenza {id}",
        "INPS - Antwort auf die Hilfeanfrage {id}",
    ),
    (
        "Gentile {name},

in risposta alla sua richiesta di assistenza {id} (argomento: {topic}):

{reply}

Per altre domande può inviare una nuova richiesta dalla pagina Supporto tecnico o chiamare l'803 164 da rete fissa o lo 06 164 164 da cellulare.

Contact Center INPS - Istituto Nazionale della Previdenza Sociale",
        "Sehr geehrte/r {name},

in Beantwortung Ihrer Hilfeanfrage {id} (Thema: {topic}):

{reply}

Für weitere Fragen können Sie auf der Seite Technische Unterstützung eine neue Anfrage senden oder die 803 164 aus dem Festnetz oder die 06 164 164 vom Mobiltelefon anrufen.

Contact Center INPS - Nationalinstitut für soziale Fürsorge (INPS)",
    ),
];

/// Variable parts that are Italian text (a wait, a document's name and number format, the footer of inbox messages, a notice's event, a call-back slot).
pub(super) const FRAGMENTS: &[(&str, &str)] = &[
    (
        "pochi istanti",
        "wenigen Augenblicken",
    ),
    (
        "carta d'identità",
        "Identitätskarte",
    ),
    (
        "carta d'identità elettronica",
        "elektronische Identitätskarte",
    ),
    (
        "passaporto",
        "Reisepass",
    ),
    (
        "patente di guida",
        "Führerschein",
    ),
    (
        "2 lettere e 7 cifre, ad es. AA1234567",
        "2 Buchstaben und 7 Ziffern, z. B. AA1234567",
    ),
    (
        "2 lettere, 5 cifre e 2 lettere, ad es. CA12345AB",
        "2 Buchstaben, 5 Ziffern und 2 Buchstaben, z. B. CA12345AB",
    ),
    (
        "2 lettere e 7 cifre, ad es. YA1234567",
        "2 Buchstaben und 7 Ziffern, z. B. YA1234567",
    ),
    (
        "10 caratteri, ad es. U12345678Z",
        "10 Zeichen, z. B. U12345678Z",
    ),
    (
        "

— Messaggio del simulatore PIN INPS (non affiliato all'INPS).",
        "

— Nachricht des PIN-INPS-Simulators (nicht mit dem INPS verbunden).",
    ),
    (
        "[non ancora consegnato]",
        "[noch nicht zugestellt]",
    ),
    (
        "dalle 9 alle 13",
        "von 9 bis 13 Uhr",
    ),
    (
        "dalle 13 alle 18",
        "von 13 bis 18 Uhr",
    ),
    (
        "dalle 18 alle 20",
        "von 18 bis 20 Uhr",
    ),
    (
        "qualsiasi orario (dalle 8 alle 20)",
        "jederzeit (von 8 bis 20 Uhr)",
    ),
    (
        "il suo PIN è stato bloccato per troppi tentativi di accesso errati. Potrà riprovare tra 3 minuti",
        "wurde Ihre PIN wegen zu vieler fehlgeschlagener Anmeldeversuche gesperrt. Sie können es in 3 Minuten erneut versuchen",
    ),
    (
        "è stato effettuato il primo accesso e le è stato assegnato un nuovo PIN",
        "erfolgte der Erstzugang und Ihnen wurde eine neue PIN zugeteilt",
    ),
    (
        "il suo PIN è stato modificato",
        "wurde Ihre PIN geändert",
    ),
    (
        "il suo PIN è stato attivato",
        "wurde Ihre PIN aktiviert",
    ),
    (
        "il suo PIN è stato ripristinato: il nuovo PIN le è stato inviato",
        "wurde Ihre PIN wiederhergestellt: die neue PIN wurde Ihnen gesendet",
    ),
    (
        "il suo PIN è stato revocato e non è più utilizzabile. Può richiedere un nuovo PIN",
        "wurde Ihre PIN widerrufen und ist nicht mehr verwendbar. Sie können eine neue PIN beantragen",
    ),
    (
        "i recapiti personali associati al suo PIN sono stati modificati",
        "wurden die persönlichen Kontaktangaben Ihrer PIN geändert",
    ),
    (
        "è stata eseguita un'operazione sul suo PIN",
        "wurde ein Vorgang an Ihrer PIN ausgeführt",
    ),
    (
        "corretto",
        "korrigiert",
    ),
    (
        "confermato",
        "bestätigt",
    ),
    (
        "Non ho ricevuto la prima parte del PIN",
        "Ich habe den ersten Teil der PIN nicht erhalten",
    ),
    (
        "Non ho ricevuto la seconda parte del PIN",
        "Ich habe den zweiten Teil der PIN nicht erhalten",
    ),
    (
        "Non riesco ad accedere",
        "Ich kann mich nicht anmelden",
    ),
    (
        "Conversione in PIN dispositivo",
        "Umwandlung in die PIN mit dispositiver Funktion",
    ),
    (
        "Altro",
        "Sonstiges",
    ),
    // Variable parts of the audit details: channels and contact kinds (codes),
    // document kinds, representatives' relations, exceptions (`domain::sede`).
    (
        "sms",
        "SMS",
    ),
    (
        "email",
        "E-Mail",
    ),
    (
        "pec",
        "PEC",
    ),
    (
        "mobile",
        "Mobiltelefon",
    ),
    (
        "Carta d'identità",
        "Identitätskarte",
    ),
    (
        "Carta d'identità elettronica",
        "Elektronische Identitätskarte",
    ),
    (
        "Passaporto",
        "Reisepass",
    ),
    (
        "Patente di guida",
        "Führerschein",
    ),
    (
        "Passaporto estero",
        "Ausländischer Reisepass",
    ),
    (
        "Documento di identità estero",
        "Ausländischer Ausweis",
    ),
    (
        "Documento",
        "Ausweis",
    ),
    (
        "genitore",
        "Elternteil",
    ),
    (
        "tutore",
        "Vormund",
    ),
    (
        "curatore",
        "Pfleger",
    ),
    (
        "amministratore di sostegno",
        "Sachwalter",
    ),
    (
        "rappresentante",
        "Vertreter",
    ),
    (
        "minore",
        "minderjährig",
    ),
    (
        "senza documento di identità italiano",
        "ohne italienisches Ausweisdokument",
    ),
    (
        "tutela, curatela o amministrazione di sostegno",
        "Vormundschaft, Pflegschaft oder Sachwalterschaft",
    ),
    (
        "nessuna",
        "keine",
    ),
];

/// Words of a variable part made only of numbers and these words ("3 minuti e 5 secondi", "01/10/2020 alle 09:00").
pub(super) const WORDS: &[(&str, &str)] = &[
    ("minuto", "Minute"),
    ("minuti", "Minuten"),
    ("secondo", "Sekunde"),
    ("secondi", "Sekunden"),
    ("e", "und"),
    ("alle", "um"),
];

/// The documents' texts (PDF receipt, sealed envelope, the MV35 form's
/// glosses and instructions), keyed by the Italian they print.
pub(super) const DOCUMENTS: &[(&str, &str)] = &[
    (
        "Simulazione didattica - non affiliata all'INPS",
        "Lehrsimulation - nicht mit dem INPS verbunden",
    ),
    (
        "Ricevuta",
        "Empfangsbestätigung",
    ),
    (
        "Ricevuta di presentazione della domanda",
        "Bestätigung über die Einreichung des Antrags",
    ),
    (
        "Indennità COVID-19 di 600 euro (2020)",
        "COVID-19-Entschädigung von 600 Euro (2020)",
    ),
    (
        "NASpI - Indennità di disoccupazione",
        "NASpI - Arbeitslosengeld",
    ),
    (
        "Bonus bebè (assegno di natalità)",
        "Baby-Bonus (Geburtenzulage)",
    ),
    (
        "Assegno per il nucleo familiare (ANF)",
        "Familienbeihilfe (ANF)",
    ),
    (
        "Numero di protocollo",
        "Protokollnummer",
    ),
    (
        "Data di presentazione",
        "Datum der Einreichung",
    ),
    (
        "Data di protocollazione",
        "Datum der Protokollierung",
    ),
    (
        "Richiedente",
        "Antragsteller/in",
    ),
    (
        "Codice fiscale",
        "Steuernummer",
    ),
    (
        "Dati della domanda",
        "Angaben des Antrags",
    ),
    (
        "Categoria",
        "Kategorie",
    ),
    (
        "IBAN per l'accredito",
        "IBAN für die Gutschrift",
    ),
    (
        "Ultimo datore di lavoro",
        "Letzter Arbeitgeber",
    ),
    (
        "Data di cessazione del rapporto",
        "Datum der Beendigung des Arbeitsverhältnisses",
    ),
    (
        "Codice fiscale del figlio",
        "Steuernummer des Kindes",
    ),
    (
        "Data di nascita del figlio",
        "Geburtsdatum des Kindes",
    ),
    (
        "Periodo",
        "Zeitraum",
    ),
    (
        "Componenti del nucleo familiare",
        "Mitglieder des Haushalts",
    ),
    (
        "Reddito del nucleo (euro)",
        "Haushaltseinkommen (Euro)",
    ),
    (
        "Dato",
        "Angabe",
    ),
    (
        "Lavoratori autonomi iscritti alle gestioni speciali AGO",
        "Selbstständige der Sonderkassen der AGO",
    ),
    (
        "Liberi professionisti titolari di partita IVA",
        "Freiberufler mit Umsatzsteuernummer",
    ),
    (
        "Collaboratori coordinati e continuativi",
        "Koordinierte und fortlaufende Mitarbeiter",
    ),
    (
        "Lavoratori stagionali del turismo",
        "Saisonarbeiter im Tourismus",
    ),
    (
        "Operai agricoli a tempo determinato",
        "Befristet beschäftigte Landarbeiter",
    ),
    (
        "Lavoratori dello spettacolo",
        "Beschäftigte der Unterhaltungsbranche",
    ),
    (
        "La domanda è stata presentata con PIN ordinario ed è rimasta in attesa di PIN dispositivo; è stata protocollata alla conversione del PIN mantenendo la data di presentazione originale.",
        "Der Antrag wurde mit der einfachen PIN eingereicht und wartete auf die PIN mit dispositiver Funktion; er wurde bei der Umwandlung der PIN protokolliert und behält das ursprüngliche Einreichungsdatum.",
    ),
    (
        "Conservi questa ricevuta: il numero di protocollo identifica la domanda in ogni comunicazione con l'Istituto.",
        "Bewahren Sie diese Bestätigung auf: Die Protokollnummer kennzeichnet den Antrag in jeder Mitteilung an das Institut.",
    ),
    (
        "Busta PIN INPS",
        "INPS-PIN-Umschlag",
    ),
    (
        "PIN dispositivo rilasciato in sede",
        "Am INPS-Sitz ausgestellte PIN mit dispositiver Funktion",
    ),
    (
        "Busta sigillata - riservata al titolare",
        "Versiegelter Umschlag - nur für den Inhaber",
    ),
    (
        "Titolare",
        "Inhaber/in",
    ),
    (
        "Numero di richiesta",
        "Antragsnummer",
    ),
    (
        "Rilasciato da",
        "Ausgestellt von",
    ),
    (
        "Data di rilascio",
        "Ausstellungsdatum",
    ),
    (
        "Il suo PIN (16 caratteri)",
        "Ihre PIN (16 Zeichen)",
    ),
    (
        "Il PIN è già dispositivo: consente di presentare domande e richiedere prestazioni online. Al primo accesso su www.inps.it le verrà chiesto di sostituirlo con un PIN di 8 caratteri scelto da lei. Gli spazi servono solo alla lettura e non vanno digitati. Lo 0 è zero, non la lettera O.",
        "Die PIN hat bereits dispositive Funktion: Mit ihr können Sie online Anträge stellen und Leistungen beantragen. Bei der ersten Anmeldung auf www.inps.it werden Sie gebeten, sie durch eine selbst gewählte PIN mit 8 Zeichen zu ersetzen. Die Leerzeichen dienen nur der Lesbarkeit und werden nicht eingegeben. Die 0 ist eine Null, nicht der Buchstabe O.",
    ),
    (
        "Conservi il PIN con cura e non lo comunichi a nessuno: l'INPS non lo chiede mai per telefono o per e-mail.",
        "Bewahren Sie die PIN sorgfältig auf und teilen Sie sie niemandem mit: Das INPS fragt nie telefonisch oder per E-Mail danach.",
    ),
    (
        "RICHIESTA DI PIN DISPOSITIVO",
        "Antrag auf PIN mit dispositiver Funktion",
    ),
    (
        "(conversione del PIN ordinario per i servizi telematici dell'Istituto)",
        "(Umwandlung der einfachen PIN für die Online-Dienste des Instituts)",
    ),
    (
        "Dati del richiedente",
        "Angaben zur antragstellenden Person",
    ),
    (
        "Cognome",
        "Nachname",
    ),
    (
        "Nome",
        "Vorname",
    ),
    (
        "Data di nascita",
        "Geburtsdatum",
    ),
    (
        "Luogo di nascita",
        "Geburtsort",
    ),
    (
        "Residenza",
        "Wohnsitz",
    ),
    (
        "Cellulare",
        "Mobiltelefon",
    ),
    (
        "E-mail",
        "E-Mail",
    ),
    (
        "PEC",
        "PEC (zertifizierte E-Mail)",
    ),
    (
        "Documento di riconoscimento",
        "Ausweisdokument",
    ),
    (
        "Tipo di documento",
        "Art des Dokuments",
    ),
    (
        "Numero",
        "Nummer",
    ),
    (
        "Data di scadenza",
        "Ablaufdatum",
    ),
    (
        "CHIEDE il rilascio del PIN dispositivo, che consente di presentare domande e richiedere prestazioni tramite i servizi telematici dell'Istituto.",
        "BEANTRAGT die Ausstellung der PIN mit dispositiver Funktion, mit der über die Online-Dienste des Instituts Anträge gestellt und Leistungen beantragt werden können.",
    ),
    (
        "Il/la sottoscritto/a, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 28 dicembre 2000, n. 445 in caso di dichiarazioni mendaci, dichiara che i dati sopra riportati sono veritieri e allega copia del documento di riconoscimento indicato, in corso di validità. Dichiara di aver preso visione dell'informativa sul trattamento dei dati personali (Regolamento UE 2016/679).",
        "Übersetzung: Der/die Unterzeichnende erklärt im Bewusstsein der strafrechtlichen Folgen falscher Angaben (Art. 76 D.P.R. Nr. 445 vom 28. Dezember 2000), dass die obigen Angaben wahr sind, und legt eine Kopie des angegebenen gültigen Ausweisdokuments bei. Er/sie erklärt, die Datenschutzhinweise (Verordnung (EU) 2016/679) gelesen zu haben.",
    ),
    (
        "Luogo e data",
        "Ort und Datum",
    ),
    (
        "Firma del richiedente",
        "Unterschrift der antragstellenden Person",
    ),
    (
        "Stampare il modulo, firmarlo e datarlo; poi caricarlo scansionato (PDF, JPEG o PNG, al massimo 1 MB) insieme alla copia del documento nella procedura \"Converti il tuo PIN\".",
        "Drucken Sie das Formular aus, unterschreiben und datieren Sie es; laden Sie es dann eingescannt (PDF, JPEG oder PNG, höchstens 1 MB) zusammen mit der Kopie des Dokuments im Verfahren \"Converti il tuo PIN\" hoch.",
    ),
];
