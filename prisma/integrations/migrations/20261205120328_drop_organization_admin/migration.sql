-- The admins told of a disabled webhook endpoint are no longer copied from membership events here:
-- the notifications service asks the users service for them when it makes the notice.
-- DropTable
DROP TABLE "integrations"."organization_admin";
