import type { TRandom } from './random';

// Invented people and places for the factories and the demo ward. Names are common given and
// family names drawn at random, so no combination points at anyone; every street, precinct
// and neighbourhood name is made up, so no generated address is a real one.

export type TOrigin = 'latino' | 'black' | 'polish' | 'chinese' | 'arab' | 'anglo';
export type TGender = 'f' | 'm';

// A Latino-majority ward on the Southwest Side, with the neighbours it really has.
export const ORIGIN_WEIGHTS: readonly (readonly [TOrigin, number])[] = [
  ['latino', 76],
  ['black', 9],
  ['polish', 5],
  ['chinese', 4],
  ['arab', 4],
  ['anglo', 2],
];

const GIVEN: Record<TOrigin, Record<TGender, readonly string[]>> = {
  latino: {
    f: ['María', 'Guadalupe', 'Rosa', 'Josefina', 'Verónica', 'Alejandra', 'Marisol', 'Lucía', 'Esperanza',
      'Rocío', 'Yesenia', 'Adriana', 'Leticia', 'Elena', 'Beatriz', 'Claudia', 'Teresa', 'Rosario', 'Margarita',
      'Concepción', 'Ana', 'Carmen', 'Patricia', 'Gabriela', 'Ximena', 'Daniela', 'Itzel', 'Araceli', 'Socorro',
      'Inés', 'Dolores', 'Angélica', 'Mónica', 'Norma', 'Silvia', 'Fabiola', 'Yolanda', 'Maribel', 'Soledad'],
    m: ['José', 'Juan', 'Jesús', 'Francisco', 'Miguel', 'Luis', 'Alberto', 'Ignacio', 'Enrique', 'Ramón',
      'Rigoberto', 'Héctor', 'Raúl', 'Jorge', 'Fernando', 'Alejandro', 'Andrés', 'Tomás', 'Efraín', 'Rubén',
      'Sergio', 'Gerardo', 'Martín', 'Óscar', 'Joaquín', 'Eduardo', 'Guillermo', 'Arturo', 'Salvador',
      'Ernesto', 'Iván', 'Julián', 'Rodrigo', 'Emiliano', 'Mateo'],
  },
  black: {
    f: ['Keisha', 'Tanya', 'Denise', 'Monique', 'Aaliyah', 'Brianna', 'Latoya', 'Jasmine', 'Ebony', 'Kiara', 'Gloria', 'Bernice'],
    m: ['Darnell', 'Marcus', 'Terrence', 'Andre', 'Jamal', 'DeShawn', 'Curtis', 'Reginald', 'Malik', 'Cedric', 'Otis', 'Jerome'],
  },
  polish: {
    f: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Zofia', 'Ewa', 'Dorota', 'Joanna', 'Halina'],
    m: ['Krzysztof', 'Tomasz', 'Piotr', 'Marek', 'Stanisław', 'Wojciech', 'Janusz', 'Paweł'],
  },
  chinese: {
    f: ['Mei', 'Xiulan', 'Hui', 'Ying', 'Jing', 'Fang', 'Lan'],
    m: ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Bo', 'Qiang'],
  },
  arab: {
    f: ['Fatima', 'Layla', 'Noor', 'Huda', 'Rania', 'Samira', 'Yasmin', 'Mariam'],
    m: ['Ahmad', 'Omar', 'Khalil', 'Sami', 'Yousef', 'Tariq', 'Bilal', 'Nasser'],
  },
  anglo: {
    f: ['Sarah', 'Emily', 'Megan', 'Kathleen', 'Laura'],
    m: ['Michael', 'Patrick', 'Brian', 'Kevin', 'Daniel'],
  },
};

const FAMILY: Record<TOrigin, readonly string[]> = {
  latino: ['García', 'Hernández', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez',
    'Flores', 'Cruz', 'Morales', 'Reyes', 'Jiménez', 'Ruiz', 'Núñez', 'Peña', 'Ortiz', 'Castillo', 'Vargas',
    'Mendoza', 'Aguilar', 'Medina', 'Guzmán', 'Domínguez', 'Vázquez', 'Salazar', 'Rosales', 'Cervantes',
    'Ocampo', 'Quintero', 'Zamora', 'Bautista', 'Santiago', 'Olvera', 'Villaseñor', 'Tapia', 'Carrillo',
    'Ibarra', 'Delgado', 'Montes', 'Luna', 'Estrada', 'Arellano', 'Velázquez'],
  black: ['Washington', 'Jefferson', 'Jackson', 'Robinson', 'Coleman', 'Banks', 'Tate', 'Holloway', 'Pruitt',
    'Merriweather', 'Dorsey', 'Bledsoe'],
  polish: ['Nowak', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Zając', 'Wróbel', 'Kaczmarek', 'Pawlak', 'Dudek', 'Sikora'],
  chinese: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Zhou', 'Wu', 'Lin', 'Tan'],
  arab: ['Haddad', 'Khoury', 'Saleh', 'Odeh', 'Hamdan', 'Abdallah', 'Mansour', 'Darwish', 'Qasem'],
  anglo: ['Sullivan', 'Kelly', 'Walsh', 'Brennan', 'Dwyer', 'Olson', 'Schneider'],
};

// The name a person actually answers to; a record may carry it beside the full name.
const DIMINUTIVES: Readonly<Record<string, string>> = {
  Guadalupe: 'Lupe', Rosario: 'Chayo', 'Concepción': 'Conchita', Margarita: 'Mago', Dolores: 'Lola',
  Socorro: 'Coco', Josefina: 'Pepa', Alejandra: 'Ale', Soledad: 'Chole', 'José': 'Pepe', 'Jesús': 'Chuy',
  Francisco: 'Pancho', Alberto: 'Beto', Ignacio: 'Nacho', Enrique: 'Quique', 'Ramón': 'Moncho',
  Guillermo: 'Memo', Eduardo: 'Lalo', Salvador: 'Chava', Rigoberto: 'Rigo', Alejandro: 'Alex',
  Fernando: 'Nando', Katarzyna: 'Kasia', 'Małgorzata': 'Gosia', Wojciech: 'Wojtek', 'Stanisław': 'Staszek',
  Reginald: 'Reggie', Terrence: 'Terry', Patrick: 'Pat', Michael: 'Mike', Kathleen: 'Kate', Yousef: 'Joe',
};

// Records that hold only what the neighbours call someone: a valid record in Leaven.
export const NICKNAMES_ALONE: readonly string[] = [
  'Doña Chayo', 'Don Beto', 'Tía Licha', 'Profe Memo', 'La Nena', 'Doña Tere', 'Don Chema', 'Tío Lencho',
  'Doña Cuca', 'Mamá Tina', 'Miss Bernice', 'Pani Halina', 'Abu Sami', 'Auntie Gloria', 'Don Fito', 'Doña Meche',
];

// Invented streets, laid out like Chicago's grid: avenues run north-south, streets east-west.
export const STREETS: readonly string[] = [
  'S Tamarindo Ave', 'S Zapote Ave', 'S Ocotillo Ave', 'S Guayaba Ave', 'S Nance Ave', 'S Pitaya Ave',
  'S Tabachín Ave', 'S Capulín Ave', 'S Huizache Ave', 'S Larkmoor Ave', 'S Brindlewood Ave', 'S Quillon Ave',
  'W Mezquite St', 'W Maguey St', 'W Tejocote St', 'W Nopalera St', 'W Colibrí St', 'W Cenzontle St',
  'W Girasol St', 'W Amapola St', 'W Fennick St', 'W Halvard Pl', 'W Orrinson St', 'W Veltmar St',
];

export const PLACE_NAMES: readonly string[] = [
  'Tamarindo Park', 'Zapote Corners', 'Maguey Flats', 'Colibrí Yards', 'Nopalera Triangle', 'Cenzontle Row',
  'Guayaba Gardens', 'Larkmoor', 'Fennick Hill', 'Brindlewood', 'Halvard Square', 'Tejocote Bend',
];

export const CITY = 'Chicago';
export const POSTAL_CODES: readonly string[] = ['60608', '60623', '60616', '60632'];

export function pickOrigin(rng: TRandom): TOrigin {
  return rng.weighted(ORIGIN_WEIGHTS);
}

export function givenNameFor(rng: TRandom, origin: TOrigin, gender: TGender): string {
  return rng.pick(GIVEN[origin][gender]);
}

/** Many Latino families keep both surnames; the rest carry one. */
export function familyNameFor(rng: TRandom, origin: TOrigin): string {
  const first = rng.pick(FAMILY[origin]);
  if (origin !== 'latino' || !rng.chance(0.15)) return first;
  const second = rng.pick(FAMILY.latino);
  return second === first ? first : `${first} ${second}`;
}

export function diminutiveOf(givenName: string): string | undefined {
  return DIMINUTIVES[givenName];
}

/** A house number on one of the invented streets, sometimes with a flat: "2295 S Nance Ave Apt 2". */
export function streetAddress(rng: TRandom, street: string = rng.pick(STREETS)): string {
  const number = rng.int(10, 39) * 100 + rng.int(0, 49) * 2 + (rng.chance(0.5) ? 1 : 0);
  const unit = rng.chance(0.2) ? ` ${rng.pick(['Apt 1', 'Apt 2', 'Apt 3', 'Apt 1F', 'Apt 2R', 'Rear'])}` : '';
  return `${number} ${street}${unit}`;
}

/** Lower-case ASCII letters and digits only, for e-mail local parts. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export type TNameParts = { givenName?: string | null; familyName?: string | null; preferredName?: string | null };

/** How the demo and tests print a person: the name they go by, then the family name. */
export function displayName(p: TNameParts): string {
  const first = p.preferredName ?? p.givenName;
  return [first, p.familyName].filter(Boolean).join(' ') || '(no name)';
}
