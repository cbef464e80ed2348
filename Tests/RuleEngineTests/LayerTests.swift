// Tests for this layer arrive with it; the file keeps the target buildable.
