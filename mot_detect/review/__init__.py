"""The QA review tool (mot-detect review): pages and API over the call store."""
