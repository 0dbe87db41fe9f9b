-- The id a group of new rows will take as a person, drawn when the file is checked (a
-- time-ordered uuid, the same for every row of the group), so the merge need not group the
-- file again to hand out ids.
ALTER TABLE "import_staged" ADD COLUMN "new_person_id" uuid;
