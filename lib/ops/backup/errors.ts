/** An expected failure of a backup or a restore, told in one sentence that says what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
