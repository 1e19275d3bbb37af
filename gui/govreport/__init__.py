"""The Ministry's report to the Government: the outline (Qt-free), its charts and the .docx and PDF writers."""
