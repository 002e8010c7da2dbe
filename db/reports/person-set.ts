/**
 * A set of people by client rowid, for the report's distinct counts: a bitmap, since a yearly
 * report adds a few hundred thousand rowids to each of several sets and a hash set costs ten
 * times more per add. Rowids are dense (1, 2, 3 …); one beyond `bitmapLimit` (a rowid chosen
 * by hand) goes to an ordinary Set, so memory stays bounded.
 */
const bitmapLimit = 1 << 27;

export class PersonSet {
  private words = new Uint32Array(256);
  private outliers: Set<number> | null = null;
  size = 0;

  add(person: number): void {
    if (person < 0 || person >= bitmapLimit || !Number.isInteger(person)) {
      this.outliers ??= new Set();
      if (!this.outliers.has(person)) {
        this.outliers.add(person);
        this.size++;
      }
      return;
    }
    const word = person >>> 5;
    if (word >= this.words.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    const bit = 1 << (person & 31);
    const value = this.words[word]!;
    if ((value & bit) === 0) {
      this.words[word] = value | bit;
      this.size++;
    }
  }

  has(person: number): boolean {
    if (person < 0 || person >= bitmapLimit || !Number.isInteger(person)) {
      return this.outliers?.has(person) ?? false;
    }
    const word = person >>> 5;
    return word < this.words.length && (this.words[word]! & (1 << (person & 31))) !== 0;
  }

  /** Every person in the set: the bitmap's in ascending order, then the outliers. */
  values(): number[] {
    const people: number[] = [];
    for (let word = 0; word < this.words.length; word++) {
      for (let bits = this.words[word]!; bits !== 0; bits &= bits - 1) {
        people.push(word * 32 + (31 - Math.clz32(bits & -bits)));
      }
    }
    return [...people, ...(this.outliers ?? [])];
  }
}
