-- Reporters write and submit; editors review. A submitted entry waits in its blog's review queue.
alter table editor drop constraint editor_role_known;
alter table editor add constraint editor_role_known check (role in ('CONTRIBUTOR', 'EDITOR', 'ADMIN'));

alter table entry drop constraint entry_status_known;
alter table entry add constraint entry_status_known
    check (status in ('DRAFT', 'SUBMITTED', 'SCHEDULED', 'PUBLISHED', 'RETRACTED'));
