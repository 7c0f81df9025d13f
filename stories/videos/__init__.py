"""Video testimonials: checking what visitors send (``probe``, reading ffmpeg's report on a file
through ``ffmpeg_report``; ``uploads`` applies the size and duration settings to an upload) and its
captions (``captions``); ``player`` prepares what the story page's player shows.

No request and no writes: they work on files on disk (``player`` on a video whose captions were
prefetched) and raise ``ValidationError`` with a message for the visitor when the file is at fault.
"""
