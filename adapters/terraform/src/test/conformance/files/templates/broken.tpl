oops ${ name
