import { Locator, Page, expect } from '@playwright/test';

/** `/assistente-virtuale`: the FAQ-driven virtual assistant. */
export class AssistantPage {
  readonly question: Locator;
  readonly ask: Locator;
  readonly examples: Locator;

  constructor(readonly page: Page) {
    this.question = page.getByTestId('assistant-question');
    this.ask = page.getByTestId('assistant-ask');
    this.examples = page.getByTestId('assistant-example');
  }

  async goto(): Promise<void> {
    await this.page.goto('/assistente-virtuale');
    await this.question.waitFor();
  }

  /** Types `text`, asks, and returns the newest answer (first in the log). */
  async askQuestion(text: string): Promise<Locator> {
    await this.question.fill(text);
    await this.ask.click();
    const turn = this.page.locator('.assistant-turn').first();
    await expect(turn.locator('.assistant-question')).toContainText(text);
    return turn;
  }
}

/** The h1 of the help pages, as the Italian catalog (i18n/help.rs) writes it. */
export const HelpH1 = {
  instructions: "Istruzioni per l'accesso",
  pinOnline: 'Il PIN online',
  support: 'Supporto tecnico',
  german: 'In deutscher Sprache',
  manage: 'Richiedi e gestisci il tuo PIN',
  lost: 'Hai smarrito il tuo PIN?',
  assistant: 'Assistente virtuale',
} as const;
