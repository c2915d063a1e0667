package news.liveblog.desk;

/** A blog's readers now and the most at once today, as numbers are written in the editor's language. */
record ReaderFigures(String now, String peakToday) {

}
