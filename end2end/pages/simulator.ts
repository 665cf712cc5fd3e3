import { Locator, Page, expect } from '@playwright/test';

/** "/simulatore" — simulated clock and the inboxes a person reads. */
export class SimulatorPage {
  readonly clockNow: Locator;
  readonly advanceHour: Locator;
  readonly advanceDay: Locator;
  readonly advanceWeek: Locator;
  readonly clockInput: Locator;
  readonly clockSet: Locator;
  readonly clockStatus: Locator;
  readonly newCitizen: Locator;
  readonly citizen: Locator;
  readonly citizenCf: Locator;
  readonly citizenBirth: Locator;
  readonly citizenTs: Locator;
  readonly letterbox: Locator;
  readonly smsItems: Locator;
  readonly phoneCalls: Locator;
  readonly mailItems: Locator;
  readonly mailMessages: Locator;
  readonly letters: Locator;
  readonly pendingLetters: Locator;
  readonly callItems: Locator;
  readonly allShow: Locator;
  readonly allItems: Locator;

  constructor(readonly page: Page) {
    this.clockNow = page.getByTestId('sim-clock-now');
    this.advanceHour = page.getByTestId('sim-advance-hour');
    this.advanceDay = page.getByTestId('sim-advance-day');
    this.advanceWeek = page.getByTestId('sim-advance-week');
    this.clockInput = page.getByTestId('sim-clock-input');
    this.clockSet = page.getByTestId('sim-clock-set');
    this.clockStatus = page.getByTestId('sim-clock-status');
    this.newCitizen = page.getByTestId('sim-new-citizen');
    this.citizen = page.getByTestId('sim-citizen');
    this.citizenCf = page.getByTestId('sim-citizen-cf');
    this.citizenBirth = page.getByTestId('sim-citizen-birth');
    this.citizenTs = page.getByTestId('sim-citizen-ts');
    this.letterbox = page.getByTestId('sim-letterbox');
    this.smsItems = page.getByTestId('sim-sms-item');
    this.phoneCalls = page.getByTestId('sim-phone-call');
    this.mailItems = page.getByTestId('sim-mail-item');
    this.mailMessages = page.getByTestId('sim-mail-message');
    this.letters = page.getByTestId('sim-letter');
    this.pendingLetters = page.getByTestId('sim-letter-pending');
    this.callItems = page.getByTestId('sim-call-item');
    this.allShow = page.getByTestId('sim-all-show');
    this.allItems = page.getByTestId('sim-all-item');
  }

  /**
   * Opens the page and, as a person reading on, scrolls down to the panels
   * below the clock and the citizens, then waits until they are loaded (they
   * are a lazy chunk, see {@link inboxPlaceholders}).
   */
  async goto(): Promise<void> {
    await this.page.goto('/simulatore');
    await expect(this.clockNow).not.toHaveText('—');
    await this.showInboxes();
  }

  /**
   * The placeholders standing in for the inbox panels (phone, mail,
   * letterbox, calls, all messages, fax) until their chunk is loaded: they
   * keep the panels' headings and are `aria-busy`.
   */
  inboxPlaceholders(): Locator {
    return this.page.getByTestId('sim-inboxes-loading');
  }

  /** Scrolls to the inbox panels (what loads them) and waits until they are there. */
  async showInboxes(): Promise<void> {
    // Whichever is on the page: the placeholder, or the panel it became. The
    // placeholder may be replaced while it is being scrolled to (the panels
    // arrive when it enters the viewport, and a wide screen shows it at
    // once): scroll again to what is there then.
    await expect(async () => {
      await this.inboxPlaceholders()
        .or(this.page.getByTestId('sim-phone-input'))
        .first()
        .scrollIntoViewIfNeeded({ timeout: 2_000 });
    }).toPass();
    await expect(this.page.getByTestId('sim-phone-input')).toBeVisible();
    await expect(this.inboxPlaceholders()).toHaveCount(0);
  }

  /**
   * Opens the phone inbox of `number` and waits until it shows that number
   * (not the phone opened before). Reopening the same number refetches; wait
   * for the message expected with a web-first assertion.
   */
  async openPhone(number: string): Promise<void> {
    await this.page.getByTestId('sim-phone-input').fill(number);
    await this.page.getByTestId('sim-phone-open').click();
    await expect(this.page.getByTestId('sim-phone')).toContainText(number.trim());
  }

  /** Opens the mailbox of `address`, as {@link openPhone} does for a phone. */
  async openMailbox(address: string): Promise<void> {
    await this.page.getByTestId('sim-mail-input').fill(address);
    await this.page.getByTestId('sim-mail-open').click();
    await expect(this.page.getByTestId('sim-mailbox')).toContainText(address.trim());
  }

  /**
   * Opens the e-mail of the open mailbox whose row contains `subject` (the
   * newest such) and returns its message, once shown. Only one message is
   * open at a time.
   */
  async openMail(subject: string | RegExp): Promise<Locator> {
    const row = this.mailItems.filter({ hasText: subject }).first();
    await row.click();
    await expect(row).toHaveAttribute('aria-expanded', 'true');
    const message = this.mailMessages.filter({ visible: true });
    await expect(message).toHaveCount(1);
    return message;
  }

  /** Opens the letterbox of the person with codice fiscale `cf`. */
  async openLetterbox(cf: string): Promise<void> {
    await this.page.getByTestId('sim-post-input').fill(cf);
    await this.page.getByTestId('sim-post-open').click();
    await this.letterbox.waitFor();
  }

  /** The PIN part or code a message shows (emphasised in its body). */
  secretIn(message: Locator): Locator {
    return message.getByTestId('sim-secret');
  }

  /** Presses "+7 giorni" and waits until the clock shown has moved. */
  async advanceOneWeek(): Promise<void> {
    const before = await this.clockNow.innerText();
    await this.advanceWeek.click();
    await expect(this.clockNow).not.toHaveText(before);
  }
}
