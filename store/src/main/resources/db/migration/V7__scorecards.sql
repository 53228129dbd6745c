-- Health scorecards (issue 5): each org's scorecards as the YAML an admin wrote, kept whole so
-- GET /admin/scorecards returns it with its comments. Only a document that validated is stored;
-- an org without a row is scored with the shipped defaults.
CREATE TABLE org_scorecards (
    org_id      VARCHAR(64)              NOT NULL,
    yaml_text   TEXT                     NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(255)             NOT NULL,
    CONSTRAINT pk_org_scorecards PRIMARY KEY (org_id)
);
