-- The quality module's reviewed scores change the QA score KPI without a store write: the fact
-- table records which state of the reviews it was built for, and is rebuilt when that changes.
ALTER TABLE insight_facts_state ADD COLUMN built_for_reviews VARCHAR DEFAULT '';
