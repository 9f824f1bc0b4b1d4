from typing import Callable, Generic, TypeVar, Optional, Union

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None


def apply(f: Callable[[int, str], bool], *args: int, **kwargs: "str | None") -> Union[int, None]:
    ...


Handler = Callable[..., dict[str, list[tuple[int, ...]]]]
x: "Stack[int]" = Stack()
y: tuple[()] = ()
def f(*args: *Ts) -> tuple[*Ts]: ...
