"""Call recordings: decoding (PyAV) now; speech recognition (faster-whisper) is issue 5's next step."""
