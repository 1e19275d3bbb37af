"""Digital signatures on report PDFs (Nghị định 30/2020/NĐ-CP, Điều 5 and Phụ lục I), with pyHanko; no Qt.

keys.py        the signing key: a .pfx/.p12 file or a PKCS#11 token, checked before use
placement.py   where the signature and seal images go (the signature block the renderer recorded)
sign.py        sign_pdf: a PAdES signature (B-B, B-T with a timestamp server) as an incremental update
verify.py      verify_pdf: integrity, coverage, trust and identity of every signature in a file
"""
