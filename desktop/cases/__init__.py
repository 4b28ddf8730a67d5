"""Cases and their records: the case service, clients, documents, drafts, vocabularies, the interchange format and the timeline."""
