#!/usr/bin/env python3
"""Writes the hostile DOCX corpus beside this script, once; the files are committed and each has a test."""
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="{main}"/>{extra}</Types>')
WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOCUMENT = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p><w:r><w:t>Hello.</w:t></w:r></w:p></w:body></w:document>'


def docx(name, entries, main=WORD, extra=''):
    with zipfile.ZipFile(HERE / name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', TYPES.format(main=main, extra=extra))
        z.writestr('_rels/.rels', RELS)
        for entry, data in entries:
            z.writestr(entry, data)


(HERE / 'not-a-zip.docx').write_text('Luxembourg cooperates with China.\n')
(HERE / 'pdf-renamed.docx').write_bytes(b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
(HERE / 'encrypted.docx').write_bytes(bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504))
(HERE / 'truncated.docx').write_bytes(b'PK\x03\x04' + bytes(60))

docx('xlsx-renamed.docx', [('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')],
     main='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
docx('macro-enabled.docx', [('word/document.xml', DOCUMENT), ('word/vbaProject.bin', b'\0' * 16)],
     main='application/vnd.ms-word.document.macroEnabled.main+xml',
     extra='<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')
docx('path-traversal.docx', [('word/document.xml', DOCUMENT), ('../../evil.xml', '<evil/>')])
docx('absolute-path.docx', [('word/document.xml', DOCUMENT), ('/etc/evil.xml', '<evil/>')])
docx('backslash-name.docx', [('word\\document.xml', DOCUMENT)])
docx('too-many-entries.docx', [('word/document.xml', DOCUMENT)] + [(f'x/{i}', b'') for i in range(1001)])
docx('xxe-external-entity.docx', [('word/document.xml',
     f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
     f'<w:document {W}><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>')])
laughs = '<!ENTITY lol "lol">' + ''.join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
docx('billion-laughs.docx', [('word/document.xml', DOCUMENT), ('word/styles.xml',
     f'<?xml version="1.0"?><!DOCTYPE w:styles [{laughs}]><w:styles {W}><w:style w:styleId="&lol9;"/></w:styles>')])

# 30 MB of spaces inside the document inflate from about 30 KB: far past any real ratio.
docx('zip-bomb.docx', [('word/document.xml',
     f'<w:document {W}><w:body><w:p><w:r><w:t>' + ' ' * (30 * 1024 * 1024) + '</w:t></w:r></w:p></w:body></w:document>')])

with zipfile.ZipFile(HERE / 'duplicate-entry.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', TYPES.format(main=WORD, extra=''))
    z.writestr('word/document.xml', DOCUMENT)
    z.writestr('word/document.xml', DOCUMENT.replace('Hello', 'Goodbye'))

# The central directory and local header claim 100 bytes; the entry really inflates to 30 MB.
docx('lying-size.docx', [('word/document.xml',
     f'<w:document {W}><w:body><w:p><w:r><w:t>' + 'a' * (30 * 1024 * 1024) + '</w:t></w:r></w:p></w:body></w:document>')])
data = bytearray((HERE / 'lying-size.docx').read_bytes())
name = b'word/document.xml'
for signature, offset in ((b'PK\x03\x04', 22), (b'PK\x01\x02', 24)):
    start = 0
    while (at := data.find(signature, start)) >= 0:
        name_at = at + (30 if signature == b'PK\x03\x04' else 46)
        if data[name_at:name_at + len(name)] == name:
            data[at + offset:at + offset + 4] = struct.pack('<I', 100)
        start = at + 4
(HERE / 'lying-size.docx').write_bytes(bytes(data))
