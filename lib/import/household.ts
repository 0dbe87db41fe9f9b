// The import's household rule: rows (or a row and a person in Leaven) that share a phone or an
// email are one person, unless their names are clearly different, as in an immigrant household
// where a mother, her son and her aunt share one phone. Those are different people, imported
// apart and linked as family; the review names them and lets the user merge them instead.
//
// "Clearly different": both have a first name (given or "goes by") of two letters or more, and no
// first name of one is compatible with any of the other's, compared with accents and case folded,
// word by word from the start ("María" and "María Elena" are compatible, "María Elena" and "María
// Luisa" are not), or a one-word name against any word of the other ("Elena", "María Elena").
// Two words are compatible when they are the same, or one is
// - a known nickname of the other ("Lupe" for Guadalupe, "Pepe" for José, "Bill" for William);
// - a diminutive of it ("Juanita" for Juana, "Nuevita" for Nueva);
// - the other cut short by two letters or more ("Xime" for Ximena, "Kei" for Keila), but not by
//   one: Juan and Juana, Luis and Luisa, Daniel and Daniela are two people;
// - an initial of it ("J." for José).
// A missing first name, or a lone initial, is never clearly different: the rows stay one person.

export type THouseholdName = { givenName: string | null; preferredName: string | null };

/** Lower-case letters and single spaces, accents folded: "  María-José " → "maria jose". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

// Each full name (folded) with its common short forms, Spanish and English. Small on purpose:
// a nickname it misses makes two records the review offers to merge, never a lost one.
const NICKNAMES: Record<string, string[]> = {
  alejandra: ['ale', 'alex'], alejandro: ['ale', 'alex'], alexander: ['alex', 'xander'], alberto: ['beto'], humberto: ['beto'],
  roberto: ['beto', 'rober'], antonio: ['tono', 'tony', 'toni'], concepcion: ['concha', 'conchita', 'conchi'], dolores: ['lola', 'lolita'],
  eduardo: ['lalo'], enrique: ['kike', 'quique'], francisco: ['paco', 'pancho', 'frank', 'kiko', 'curro'], guadalupe: ['lupe', 'lupita', 'lupillo'],
  guillermo: ['memo', 'guille', 'willy'], ignacio: ['nacho'], jesus: ['chuy', 'chucho'], jose: ['pepe', 'chepe', 'pepito', 'joselito'],
  josefina: ['pepa', 'fina', 'chepina'], manuel: ['manolo', 'manny', 'manu'], margarita: ['mago', 'margie'], maria: ['mari', 'maruca', 'mary'],
  rosario: ['chayo', 'charo'], refugio: ['cuca', 'cuco'], socorro: ['coco'], teresa: ['tere', 'teri'], fernando: ['fer', 'nando'],
  fernanda: ['fer'], gabriela: ['gaby', 'gabi'], gabriel: ['gabe', 'gabi'], patricia: ['paty', 'pati', 'patty', 'tricia'],
  rodrigo: ['rodri'], santiago: ['santi', 'chago'], sebastian: ['sebas', 'seba'], daniel: ['dani', 'danny'], daniela: ['dani'],
  william: ['bill', 'billy', 'will', 'willy', 'liam'], robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'], richard: ['rick', 'ricky', 'dick', 'rich'],
  ricardo: ['rick', 'ricky', 'richi'], michael: ['mike', 'mikey', 'mick'], miguel: ['mike', 'migue'], james: ['jim', 'jimmy', 'jamie'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza'], isabel: ['chabela', 'isa', 'bel'], margaret: ['maggie', 'peggy', 'meg', 'marge'],
  katherine: ['kate', 'katie', 'kathy', 'kat'], catherine: ['kate', 'katie', 'cathy', 'cat'], christopher: ['chris'], cristina: ['cris', 'tina'],
  thomas: ['tom', 'tommy'], tomas: ['tom', 'tommy'], jennifer: ['jen', 'jenny'], joseph: ['joe', 'joey'], mohammed: ['mohamed', 'muhammad', 'mo'],
  muhammad: ['mohammed', 'mohamed', 'mo'], abdullah: ['abdul'], fatima: ['fati'], aleksander: ['olek', 'alek'], malgorzata: ['gosia', 'malgosia'],
  katarzyna: ['kasia'], wojciech: ['wojtek'],
};

const NICK = new Map<string, Set<string>>();
for (const [full, shorts] of Object.entries(NICKNAMES)) {
  for (const short of shorts) {
    NICK.set(full, (NICK.get(full) ?? new Set()).add(short));
    NICK.set(short, (NICK.get(short) ?? new Set()).add(full));
  }
}

/** The names a Spanish diminutive may be of: "juanita" → juana, juano, juane, juan. */
function diminutiveOf(word: string): string[] {
  const stem = /^(.{2,}?)c?(it|ill)[oa]s?$/.exec(word)?.[1];
  return stem ? ['a', 'o', 'e', ''].map((end) => stem + end) : [];
}

function sameWord(a: string, b: string): boolean {
  if (a === b || NICK.get(a)?.has(b) || diminutiveOf(a).includes(b) || diminutiveOf(b).includes(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // An initial ("J" for José), or a name cut short, but not by one letter (Juan, Juana).
  return long.startsWith(short) && (short.length === 1 || long.length - short.length >= 2);
}

/** Two folded first names that may be one person's: word by word from the start, or a one-word name found in the other. */
function compatible(a: string, b: string): boolean {
  const [x, y] = a.split(' ').length <= b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (x.every((w, i) => sameWord(w, y[i]!))) return true;
  return x.length === 1 && y.some((w) => sameWord(x[0]!, w));
}

/** A person's first names, folded; a lone initial tells nothing, so it is left out. */
function firstNames(p: THouseholdName): string[] {
  return [p.givenName, p.preferredName].flatMap((n) => (n ? [foldName(n)] : [])).filter((n) => n.length >= 2);
}

/** Whether two people who share a phone or an email are clearly two people (see above). */
export function namesClearlyDiffer(a: THouseholdName, b: THouseholdName): boolean {
  const [x, y] = [firstNames(a), firstNames(b)];
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((m) => y.some((n) => compatible(m, n)));
}
