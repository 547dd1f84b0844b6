#!/usr/bin/python3
"""Reads a PDF with pikepdf (independently of Duizhao and qpdf's C++ API) and prints as JSON what
the export tests check: pages, annotations, links and the outline."""
import json
import sys

import pikepdf


def numbers(array):
    return [float(x) for x in array] if array is not None else []


def main(path):
    pdf = pikepdf.open(path)
    page_of = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    out = {"pages": [], "annotations": [], "links": [], "outline": []}
    for i, page in enumerate(pdf.pages):
        out["pages"].append(numbers(page.obj.MediaBox))
        for annot in page.obj.get("/Annots", []):
            subtype = str(annot.get("/Subtype"))
            if subtype == "/Link":
                link = {"page": i, "rect": numbers(annot.get("/Rect"))}
                if "/Dest" in annot:
                    dest = annot.Dest
                    link["dest_page"] = page_of.get(dest[0].objgen, -1)
                    link["dest_top"] = float(dest[3])
                if "/A" in annot:
                    link["uri"] = str(annot.A.get("/URI", ""))
                out["links"].append(link)
                continue
            ap = annot.get("/AP")
            out["annotations"].append({
                "page": i,
                "subtype": subtype,
                "rect": numbers(annot.get("/Rect")),
                "quads": numbers(annot.get("/QuadPoints")),
                "color": numbers(annot.get("/C")),
                "name": str(annot.get("/NM", "")),
                "contents": str(annot.get("/Contents", "")),
                "author": str(annot.get("/T", "")),
                "modified": str(annot.get("/M", "")),
                "created": str(annot.get("/CreationDate", "")),
                "has_appearance": ap is not None and "/N" in ap and len(ap.N.read_bytes()) > 0,
                "has_popup": "/Popup" in annot,
            })
    with pdf.open_outline() as outline:
        def walk(items, level):
            for item in items:
                dest = item.destination
                page = page_of.get(dest[0].objgen, -1) if dest is not None else -1
                out["outline"].append({"title": item.title, "level": level, "page": page})
                walk(item.children, level + 1)
        walk(outline.root, 0)
    info = pdf.docinfo
    out["info"] = {key[1:]: str(value) for key, value in info.items()}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
