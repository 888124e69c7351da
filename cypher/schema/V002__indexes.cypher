// Indexes for the look-ups the code does besides ids.
// Idempotent: applied at every start-up.
CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path);
CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year);
CREATE INDEX meeting_year IF NOT EXISTS FOR (n:Meeting) ON (n.year);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX metropolis_short_name IF NOT EXISTS FOR (n:Metropolis) ON (n.shortName);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
