"""Video testimonials: checking what visitors send (``probe``, reading ffmpeg's report on a file
through ``ffmpeg_report``) and its captions (``captions``).

Pure modules: no ORM, no request. They work on files on disk and raise ``ValidationError`` with a
message for the visitor when the file is at fault.
"""
