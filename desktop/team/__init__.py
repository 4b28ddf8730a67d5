"""Team sync (issue 17): a team's vaults in step through a shared folder, without a server."""
