from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class ExportFormat(_message.Message):
    __slots__ = ("id", "description", "media_type", "file_extension", "plugin")
    ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_EXTENSION_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_FIELD_NUMBER: _ClassVar[int]
    id: str
    description: str
    media_type: str
    file_extension: str
    plugin: str
    def __init__(self, id: _Optional[str] = ..., description: _Optional[str] = ..., media_type: _Optional[str] = ..., file_extension: _Optional[str] = ..., plugin: _Optional[str] = ...) -> None: ...
