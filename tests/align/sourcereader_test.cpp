// Reading one side of a translation from text, a web page or a PDF: format by content.

#include "align/sourcereader.h"
#include "support/testsupport.h"

using namespace duizhao;

TEST_CASE("the format is told by the content, not by the name", "[align][inputs]")
{
    CHECK(SourceReader::detectFormat("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == u"pdf");
    CHECK(SourceReader::detectFormat("\xEF\xBB\xBF<!DOCTYPE html>\n<html>") == u"html");
    CHECK(SourceReader::detectFormat("  \n<html lang=\"zh\"><head>") == u"html");
    CHECK(SourceReader::detectFormat("<p>Just a fragment</p>") == u"html");
    CHECK(SourceReader::detectFormat("Introduction\n\n<html> is a tag.") == u"text");
    CHECK(SourceReader::detectFormat("一、 引言\n") == u"text");
    CHECK(SourceReader::detectFormat("") == u"text");
}
