// The words the synthetic organization is drawn from. Invented or common names only, with the
// accents and double surnames a real Southwest Side ward has, so that search is tested on them.

export const GIVEN_NAMES = [
  'María', 'Guadalupe', 'Rosa', 'Josefina', 'Verónica', 'Alejandra', 'Marisol', 'Lucía', 'Esperanza', 'Rocío',
  'Yesenia', 'Adriana', 'Leticia', 'Elena', 'Beatriz', 'Claudia', 'Teresa', 'Rosario', 'Margarita', 'Concepción',
  'Ana', 'Carmen', 'Patricia', 'Gabriela', 'Ximena', 'Itzel', 'Araceli', 'Inés', 'Angélica', 'Mónica',
  'José', 'Juan', 'Jesús', 'Francisco', 'Miguel', 'Luis', 'Alberto', 'Ignacio', 'Enrique', 'Ramón',
  'Rigoberto', 'Héctor', 'Raúl', 'Jorge', 'Fernando', 'Andrés', 'Tomás', 'Efraín', 'Rubén', 'Óscar',
  'Joaquín', 'Eduardo', 'Julián', 'Keisha', 'Denise', 'Darnell', 'Marcus', 'Andre', 'Małgorzata', 'Wojciech',
  'Zofia', 'Piotr', 'Mei', 'Wei', 'Jun', 'Fatima', 'Layla', 'Omar', 'Khalil', 'Sarah', 'Michael', 'Kathleen',
] as const;

export const FAMILY_NAMES = [
  'García', 'Hernández', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores',
  'Cruz', 'Morales', 'Reyes', 'Jiménez', 'Ruiz', 'Núñez', 'Peña', 'Ortiz', 'Castillo', 'Vargas',
  'Mendoza', 'Aguilar', 'Medina', 'Guzmán', 'Domínguez', 'Vázquez', 'Salazar', 'Rosales', 'Cervantes', 'Ocampo',
  'Quintero', 'Zamora', 'Bautista', 'Santiago', 'Olvera', 'Villaseñor', 'Tapia', 'Carrillo', 'Ibarra', 'Delgado',
  'Montes', 'Luna', 'Estrada', 'Arellano', 'Velázquez', 'Ávila', 'Ochoa', 'Úbeda', 'Washington', 'Jackson',
  'Robinson', 'Coleman', 'Banks', 'Nowak', 'Kowalczyk', 'Wróbel', 'Zając', 'Chen', 'Wang', 'Li',
  'Zhang', 'Haddad', 'Khoury', 'Saleh', 'Sullivan', 'Kelly', 'Walsh', 'Olson',
] as const;

export const NICKNAMES = ['Chayo', 'Lupe', 'Pepe', 'Chuy', 'Beto', 'Nacho', 'Memo', 'Lalo', 'Chava', 'Gosia', 'Kasia', 'Reggie'] as const;

export const TOWNS = ['Villa Nopalera', 'Santa Ofelia', 'San Lázaro', 'Tejocote', 'La Ribera', 'El Mezquite', 'Zapotitlán', 'Colibrí'] as const;

export const TAGS = [
  'bus-captain', 'cook', 'phone-banker', 'canvasser', 'social-media', 'first-aid', 'sign-maker', 'driver',
  'childcare-volunteer', 'spanish-interpreter', 'lsc-parent', 'tenant-leader',
] as const;

export const CIRCLE_KINDS = ['HOMETOWN_CLUB', 'SCHOOL_COUNCIL', 'PRECINCT_TEAM', 'FAITH', 'UNION', 'YOUTH', 'INFORMAL', 'OTHER'] as const;
export const ORGANIZATION_KINDS = ['COMMUNITY', 'LABOR', 'FAITH', 'TENANT', 'ADVOCACY', 'POLITICAL', 'EDUCATION', 'OTHER'] as const;
export const RELATIONSHIP_KINDS = ['FAMILY', 'FRIEND', 'NEIGHBOUR', 'COWORKER', 'CONGREGATION', 'CLASSMATE', 'OTHER'] as const;
export const INTERACTION_KINDS = ['ONE_ON_ONE', 'CALL', 'TEXT', 'DOOR', 'MEETING', 'EVENT', 'SOCIAL'] as const;
