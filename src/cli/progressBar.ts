/**
 * A progress bar on a terminal (stderr), redrawn at most ten times a second; on anything else (a pipe, a
 * log file, CI) a line every ten percent, so logs stay readable.
 */
export class ProgressBar {
	private lastDraw = 0;
	private lastDecile = -1;
	private readonly tty: boolean;

	constructor(
		private readonly label: string,
		private total: number,
		private readonly stream: NodeJS.WriteStream = process.stderr
	) {
		this.tty = !!stream.isTTY;
	}

	setTotal(total: number): void {
		this.total = total;
	}

	update(done: number, detail = ''): void {
		const fraction = this.total > 0 ? Math.min(1, done / this.total) : 0;
		if (this.tty) {
			const now = Date.now();
			if (now - this.lastDraw < 100 && done < this.total) return;
			this.lastDraw = now;
			const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 50));
			const filled = Math.round(fraction * width);
			const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
			const tail = detail.length > 30 ? `…${detail.slice(-29)}` : detail;
			this.stream.write(`\r${this.label} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${this.total} ${tail}\x1b[K`);
		} else {
			const decile = Math.floor(fraction * 10);
			if (decile === this.lastDecile) return;
			this.lastDecile = decile;
			this.stream.write(`${this.label}: ${done}/${this.total} (${decile * 10}%)\n`);
		}
	}

	/** Prints a message above the bar without tearing it. */
	log(message: string): void {
		if (this.tty) this.stream.write(`\r\x1b[K${message}\n`);
		else this.stream.write(`${message}\n`);
		this.lastDraw = 0;
	}

	finish(): void {
		if (this.tty) this.stream.write('\r\x1b[K');
	}
}
