-- Who added a place: every party may add places, but only the adding organisation and the district change them.
-- Places from before this column was added have none, and only the district changes those.
alter table place add column added_by_organisation_id bigint references organisation (id);
