-- The board (stadsdelsnämnden) reads the follow-up and the evaluation, never a person's data.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('DISTRICT_COORDINATOR', 'FIELD_ASSISTANT',
    'ASSOCIATION_CONTACT', 'WALKER', 'FOUNDATION', 'ADMIN', 'ATTESTER', 'BOARD'));
