-- One row that every append to the audit log locks first (SELECT ... FOR UPDATE), so that appends
-- from transactions on different disclosures take their turn instead of reading the same last
-- entry and colliding on its successor's seq. Never written after this migration.
CREATE TABLE audit_append_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO audit_append_lock (id) VALUES (1);
