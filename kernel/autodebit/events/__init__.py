"""Domain events: the transactional outbox, listener delivery and the EventService."""
