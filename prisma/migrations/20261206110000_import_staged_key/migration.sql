-- What the import's staged rows were made with (a hash of the mapping and of the wards and
-- precincts they were resolved against). The upload stages the file with the mapping Leaven
-- guessed; the check stages it again only if the key no longer matches. NULL: nothing staged.
ALTER TABLE "import" ADD COLUMN "staged_key" text;
