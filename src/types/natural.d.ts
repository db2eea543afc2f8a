// natural's index pulls in database clients and dotenv; the project imports only the two pieces it uses.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: {
    stem(token: string): string;
    step1a(token: string): string;
    step1b(token: string): string;
    step1c(token: string): string;
  };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(
    source: string,
    target: string,
    options?: { transposition_cost?: number; restricted?: boolean },
  ): number;
}
