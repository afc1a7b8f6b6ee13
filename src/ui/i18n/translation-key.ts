import type en from '../../../translations/en.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key that exists in translations/en.json; t() accepts nothing else. */
export type TranslationKey = Leaves<typeof en>;

/** Keys whose plural forms live under `<base>.one`, `<base>.other`, ... */
export type PluralKey = TranslationKey extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;

export type Messages = { readonly [key: string]: string | Messages };
export type Params = Readonly<Record<string, string | number>>;
