-- The coordinator's start page counts approved walks that wait for a basis, per agreement and association.
create index walk_approved_idx on walk (agreement_id, association_id, walk_date) where status = 'APPROVED';
