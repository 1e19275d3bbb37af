"""Digital signatures on report PDFs (Nghị định 30/2020/NĐ-CP, Điều 5 and Phụ lục I), with pyHanko; no Qt.

keys.py        the signing key: a .pfx/.p12 file or a PKCS#11 token, checked before use (validity, usage, key size);
               RSA signs with RSASSA-PSS, ECDSA as it is
roles.py       the two signatures' roles (competent person, agency) and the field names that carry them
placement.py   where the signature and seal images go (the signature block the renderer recorded)
sign.py        sign_pdf: a PAdES signature (B-B, B-T with a timestamp server) as an incremental update
verify.py      verify_pdf: integrity, what-you-see coverage, order, trust (roots' validity, time, revocation) and
               identity of every signature in a file; Verification.complete is the file's verdict
signature_contents.py, allowed_updates.py, signer_check.py
               verify_pdf's shortcuts (the CMS read at once; the updates after a signature compared object by
               object; the CMS and chain checked without pyHanko's name matching, chain verdicts kept for a session),
               each leaving to pyHanko whatever it cannot show
"""
