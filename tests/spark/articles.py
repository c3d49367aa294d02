"""Small articles written for the Spark tests: three codable ones and two bad records."""

GOOD = [
    {"id": "sp-1", "url": "https://example.test/1", "title": "Ministers meet",
     "text": "The foreign ministers of Peru and Chile met in Lima on Tuesday to discuss fishing rights. "
             "Peru later accused Chile of violating the maritime border.",
     "published": "2021-05-14", "outlet": "Test Wire"},
    {"id": "sp-2", "url": "https://example.test/2", "title": "Troops sent",
     "text": "Kenya deployed troops to its northern border on Monday after clashes with Somali militants. "
             "The government said the soldiers would stay until March.",
     "published": "2021-06-02T09:30:00+03:00", "outlet": "Test Wire"},
    {"id": "sp-3", "url": None, "title": None,
     "text": "Norway expelled two Russian diplomats on Friday. Russia threatened to retaliate.",
     "published": "2020-11-20", "outlet": None},
]

BAD = [
    {"id": "sp-empty", "url": "https://example.test/empty", "title": "Nothing", "text": "   \n ",
     "published": "2021-01-01", "outlet": "Test Wire"},
    {"id": "sp-baddate", "url": "https://example.test/bad", "title": "Bad date",
     "text": "Brazil and Argentina signed a trade agreement.", "published": "sometime soon", "outlet": None},
]
