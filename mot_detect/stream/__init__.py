"""The live hook: calls streamed by telephony platforms, scored as they happen (`mot-detect serve`)."""
