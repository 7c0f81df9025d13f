"""Demo content for a fictional company's centenary: data and archival-style images."""
