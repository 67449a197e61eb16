-- Conversation mail is answered to the follower's own reply address (issue 21).
alter table outgoing_mails add column reply_to varchar(320);
