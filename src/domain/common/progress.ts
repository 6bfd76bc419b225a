/** How long work says how far it has got: what it is doing, how much is done, of how much. */
export type Progress = (stage: string, done: number, total: number) => void;
