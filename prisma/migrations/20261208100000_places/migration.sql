-- Places a real organization manages itself (Admin → Places), one by one or from a list of
-- "ward,precinct[,name]": until now wards and precincts existed only in the demo seed.
--
-- A ward made from a list has a number and no name yet, so its name becomes optional.
-- A precinct may have a precinct team: the circle that organizes it (unlinked, never deleted,
-- when that circle goes).
-- Numbers are whole and positive, as people write them ("25-3").

ALTER TABLE "ward" ALTER COLUMN "name" DROP NOT NULL;

ALTER TABLE "precinct" ADD COLUMN "team_circle_id" UUID;
ALTER TABLE "precinct" ADD CONSTRAINT "precinct_team_circle_id_fkey" FOREIGN KEY ("team_circle_id") REFERENCES "circle"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "precinct_team_circle_id_idx" ON "precinct"("team_circle_id");

ALTER TABLE "ward" ADD CONSTRAINT "ward_number_range" CHECK ("number" BETWEEN 1 AND 9999);
ALTER TABLE "precinct" ADD CONSTRAINT "precinct_number_range" CHECK ("number" BETWEEN 1 AND 9999);
