-- Hand-written index for the sprint figures (see npm run explain:sprints). The datamodel does not change.

-- openMembersOfSprints: the open members of a page of sprints. Without it the planner ANDs the sprint's
-- memberships with sprint_item_one_open_sprint, reading every open membership of every project.
CREATE INDEX "sprint_item_open_by_sprint_idx" ON "sprints"."sprint_item" ("sprint_id") WHERE "open";
