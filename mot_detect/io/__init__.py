"""Reading and writing transcripts and scored calls."""

from mot_detect.io.readers import FORMATS, iter_calls, iter_text, load_calls
from mot_detect.io.writers import call_to_dict, write_calls

__all__ = ["FORMATS", "call_to_dict", "iter_calls", "iter_text", "load_calls", "write_calls"]
