-- Gongkai store, version 6: a department's final accounts (决算) of a year live beside its budget (预算)
-- of that year. A disclosure is now one per department, fiscal year and kind: 'budget' (部门预算, 单位预算)
-- or 'final_accounts' (部门决算, 单位决算); each has its own versions, approval date and 20-day deadline.

ALTER TABLE disclosures ADD COLUMN kind VARCHAR(16) DEFAULT 'budget' NOT NULL;
ALTER TABLE disclosures ADD CONSTRAINT disclosures_kind_check CHECK (kind IN ('budget', 'final_accounts'));

-- A 决算 saved before this version was filed as the year's only disclosure: its documents say what it is
-- (the two values of document.kind are written nowhere else in a canonical document).
UPDATE disclosures SET kind = 'final_accounts' WHERE EXISTS (SELECT 1 FROM disclosure_versions v
    WHERE v.disclosure_id = disclosures.id
      AND (v.canonical_json LIKE '%"department_final_accounts"%' OR v.canonical_json LIKE '%"unit_final_accounts"%'));

ALTER TABLE disclosures DROP CONSTRAINT disclosures_department_year_unique;
ALTER TABLE disclosures ADD CONSTRAINT disclosures_department_year_kind_unique UNIQUE (department_id, fiscal_year, kind);
