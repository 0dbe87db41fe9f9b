// Files as spreadsheets write them, for the import tests.

// Windows-1252 agrees with Latin-1 on every letter a Spanish sheet uses; the bytes 0x80-0x9F
// (curly quotes, euro, ...) are the only difference, and these files need none of them.
export function windows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`not in windows-1252: ${text[i]}`);
    out[i] = code;
  }
  return out;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A sign-in sheet from Excel on a Spanish-language Windows machine: semicolons, CRLF, Windows-1252. */
export const SPANISH_SHEET = [
  'Nombre;Apellido;Teléfono;Correo;Dirección;Precinto;Distrito;Estatus migratorio;Etiquetas',
  'José;Núñez Peña;(773) 555-0101;jose.nunez@example.org;"2710 S. Avenida Ñandú, Apt 3";3;25;no dar;hogar, vecinos',
  'María Inés;Güemes;773-555-0102;;1900 W Cermak;25-4;;;Comité de Salud',
  'Begoña;Ibáñez;555;begona@example;;99;25;;',
].join('\r\n');
