import Foundation

/// Real DEFLATE and ZIP data made by zlib/zipfile (Python 3), embedded as base64 so the tests
/// need no binary files. Regenerate with (the printed constants replace those below):
///
///     import base64, io, random, zipfile, zlib
///
///     def b64(data): return base64.b64encode(data).decode()
///     def raw(data, level=9, mem=8, flushes=(), strategy=zlib.Z_DEFAULT_STRATEGY):
///         c = zlib.compressobj(level, zlib.DEFLATED, -15, mem, strategy)
///         out = b""; pos = 0
///         for cut in list(flushes) + [len(data)]:
///             out += c.compress(data[pos:cut]); pos = cut
///             if cut != len(data): out += c.flush(zlib.Z_SYNC_FLUSH)
///         return out + c.flush()
///     out = {}
///     # fixed Huffman: short text
///     text = b"hello hello hello, plancheck!"
///     out["fixed"] = (raw(text), text)
///     out["stored"] = (raw(text, level=0), text)
///     # multi-block dynamic: memLevel 1 makes zlib end a block every 128 symbols; sync flushes add
///     # empty stored blocks between
///     random.seed(7)
///     words = [b"review", b"strategy", b"Head of HR", b"complete", b"Q3 2024", b"partnership", b"neglect", b"board"]
///     multi = b" ".join(random.choice(words) + str(random.randint(0, 999)).encode() for _ in range(900))
///     out["multi"] = (raw(multi, mem=1, flushes=(1000, 2500)), multi)
///     # long codes: Fibonacci frequencies give Huffman codes up to 15 bits
///     fib = [1, 1]
///     while len(fib) < 18: fib.append(fib[-1] + fib[-2])
///     symbols = []
///     for i, f in enumerate(fib): symbols += [i * 13 % 256] * f
///     random.shuffle(symbols)
///     longc = bytes(symbols)
///     out["long"] = (raw(longc, mem=9), longc)
///     for k, (comp, data) in out.items():
///         print(f'  static let {k} = Sample(\n    compressed: "{b64(comp)}",\n    size: {len(data)}, crc: 0x{zlib.crc32(data):08X})')
///         # sanity: blocks
///     # zip with a stored and a deflated entry and a comment
///     buf = io.BytesIO()
///     with zipfile.ZipFile(buf, "w") as z:
///         z.writestr(zipfile.ZipInfo("a.txt"), b"stored entry " * 3, compress_type=zipfile.ZIP_STORED)
///         z.writestr(zipfile.ZipInfo("dir/b.xml"), b"<b>" + b"deflated entry " * 40 + b"</b>", compress_type=zipfile.ZIP_DEFLATED)
///         z.comment = b"made by make_fixtures.py"
///     print(f'  static let twoEntries = "{b64(buf.getvalue())}"')
///     # bomb: 2 MB of zeros deflated (~2 KB): ratio ~1000:1
///     buf = io.BytesIO()
///     with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
///         z.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1048576))
///     print(f'  static let bomb = "{b64(buf.getvalue())}"')
enum DeflateSamples {
  struct Sample {
    var compressed: String
    var size: Int
    var crc: UInt32

    var bytes: [UInt8] { decode(compressed) }
  }

  static let fixed = Sample(
    compressed: "y0jNyclXyECQOgoFOYl5yRmpydmKAA==",
    size: 29, crc: 0xF192F6BB)
  static let stored = Sample(
    compressed: "AR0A4v9oZWxsbyBoZWxsbyBoZWxsbywgcGxhbmNoZWNrIQ==",
    size: 29, crc: 0xF192F6BB)
  static let multi = Sample(
    compressed:
      "TI7RDcIwDERX8QhOYsfNBv2FDaJiSqXSRmlExfaARNr83j2fX4q5LJq3x5SCIPQab7Deob8SEmR9TboLwVZyLDq+"
      + "ndQwOAPD+kyzFnXdARARLDrOOhQ5gWBr6PFAf+8q4In/uxywsnz2JI2ZDb4i5lvUPe4ILg4sWmJxDW+QG1VzHjQy"
      + "Hyqp5IaBGAS2siWYG5eTKP9E6f8RFGPM/pA1zMFYzNKAEhVahleaKdfn3IpNr+f78X1RpEhVFG6qBkfVqZyRrT2P"
      + "EI3POPlwnmsD1i1AvcNBZME5ashCXGrRHDua+Laskeq/LJPWYK0Vte2VG6PiftUY0ylsd3PcBDBpSXsNiodOxu4b"
      + "sW4DhKfwYUVOaTdCte8p80c1mdwAEIMwsKUkHIH+G1seLHaeICSMPQwnEJeLIwiZ+AJw3NrYXXFsCdC2jTIIfopT"
      + "8c1U+xC2ecJz/GO5J58IjnKZ15ic9bOo0EeG6BL8W84xDm4LljGy1X0AAAD//1SV2Q3AIAxDV8I0IWH/xQoSOfzZ"
      + "qhyx/dyHAigYC2EDknalgVV2AxY8g0dBlG/3ZURWyxbjAIKy33MGPLPFHihywHvbuBHVJKGpp+6bJshrTgxmaMT9"
      + "D8yRbq0uM8zClpbur5/wLanGEKqJpWjSVHZ89nJIZ03rk3nmexSFNbNGrEbBJm1P93Gy6NHLqatfhsRbmUtdTXYc"
      + "fTXt+6Bk8kbL/SsEcQNt/91ZEHLOMzFiP5tllgQxCALRKwVZlPtfbHRKoEnlO0qggdeWeVhxegouPk3cqy0JECYk"
      + "O/IieC5bbdtCGwDMagRIsTbld+LZNZCp+jIo6alU+/ji8TBNlZpnWDvm5JF3cWz7BG4n3la2KCHB7l0Ijol3aZJi"
      + "UFkCFun3BvMNuYA+ntQ43ldy1G/AYaManZp7Bw8H5Q6X2oT5FFLtZnGi5XdKQjh2aNv7/yxJ2ejICRMd3YBrWuE9"
      + "Aw1dz6jCCefOe99I7NuPfrK0hLrIyAgRxKCCHeJMMzNE5kSkEFMjePFgbAJnGhkg5UcAAAAA//9cllEShDAIQ6+0"
      + "QGnh/hfTHSUEP3UcxTQk72742+JYFxtVI+PKd8Wql98th/KuUNtpTCGcyezADvyrngra1IFrw11h6O2gqhT/lM5j"
      + "X5lhJpiM5V/W4yjMtam5QgFp4dySdTOoURG3JHcuPLttLEvbJpltUwcTlDJCn08HkuzVgLg6Nv6g+7p9vO6b6Yol"
      + "rABArx+CaK8c1PvsH8s13+7z4ow3WGVirENtoTY6Tn9MeUtGuDufq1xsV1sOwyAMuxKQksD9L7ahEtuZ9ldVVYHY"
      + "+EE6+QNEvuAr9iSyL5oJoXfVVVWGe6RiNYcOr4nmdxZVY2usH8gEe1HUR7WNFSCIUcfvaAXgo4lZlsA04/k6+eUt"
      + "1z3h7v69MZUUWVNFD+zgx2Mii0afBLFMWppayYgbleKYDZZFJlUqehXRvSiRliOZ0XElB566lCxgmxbTRc1cCBFS"
      + "cdIJhiS25VSjpwlh8x61yXG9r7Yh5MWCdki5DeWT2WYPiv+SkL0APUl33ZjMP1yYUQ6AMAhDrzSGgNz/YsYotOzb"
      + "RLdZ2r55SoEUkKv0+tZfhA3xq1Aft38PyKjLyfQ0sYCKDYGQgpWIBI0xEKJ4sqga7zWB7z/griyQsXj99CyL8awQ"
      + "QnLHgUuDEF4t8aKOgRy6n6B8w81ko/yG9pyDP7dNRutbBk2cqnq/MAJjHejodCMBaLZBkWYwP59hPavxUiB2ifNG"
      + "x0412pITXnfLcRnjCr/MaHPSo15//2Yi6iY/dOHcbmn2tUIsPnP+PMd2PFRYSRLDMAj7EgbbpP//WMs0SOKcmXiT"
      + "0MLhcpozR0JseT19WATCyKEXwnOR/DUj5xFilFnCppP+zsnNwvoroIzgwRorZZ8Fzp5fuwX4LKNXmdWNLgMHUIYS"
      + "P5RMf98ZsTew9MCTL6C4LNCfgD1UTAym9bcWKUls7jrfqldiE9RpqpEyeo7oG7oXR60OSp5706/RgpdbxyMZU15Y"
      + "yg0kxRfeiY4hF1ecnYSg4XdRBJiihAR2bhDO6dPCYOA/w7YHCblzjsAXwjFricDsjVx0746wCcX6kmEtRhSDIGwl"
      + "gSq4/2Lveicm6Rug9lDyTbI+b1Vx3iyE+/8kzR0H5IWombUISQCxpGy/QCOgaHECsAiTbI0S9XWafq+QEv0aWtJg"
      + "LctEV6lXq6MhUOZVA0ZLSDpa5Cxh4WFCvHCnQcaWguek5Bclh2eBHB7yonfiVngNY3Me4NiWFYnWPxC4z7tP+EFj"
      + "Gb0PsU0uQqiqcAAWrzPtb4V9NrJpoODnwPtQQ9QxrHd7JzAx7rJt7HhFj95DwC0X0FZqIp3ap/jU7D+2rC0HQBiE"
      + "XWkIMrn/xYyJ0Nb455fitj5nqocHiSsl9iXUdBJ/Tn+lliEDwhoUnWHpisBI6dBfYO0OU7bp6Hqiy7LfPdt1YQNI"
      + "I+bxuaEYRhhleULWy90uv2rUWm9YNZJl564BL+RmkubLbPTBx0Qz4k+5Uq5droEqCWP0LXKgdXJcsE+734tQ4yQ/"
      + "twyTe10DscUAB4fUiwrXGCul3ampUl80BNZzrIoNTNvtwK6lxIYkwc2U7mLBuxuyBRQnjkmb2uQEqiwd+zF5AMaC"
      + "5rSQxk2WuRhBEIIwtKUVkZX+G7thRkOy14B/Q3hRqz37dW8n2zD+fiL5hHkvZanB65qirlww53DZiSmvFzuaFPBV"
      + "UUM0aOI7iS8t+NpbySceSph1ICTrJirUahZGj+YyqRI0HC+GS/HZ5RTF8oX8WeMBzsq26lMnf8U74I3Re+LuJzlw"
      + "p6W//k0FzuqBF26jGZQV3XByCbIzNHVJcEYSkDbJlBaX4h9+BR3mY9pqlZIamN6ITESYs5ImvIwUHPtQlsqxGsVU"
      + "r8JmyOL4IviuchB8J8Z/pLFKBCrHQ1qhbSybnM6wA7OH0qj8kWkeRxDDMAxsSaKV2H9jHs2YCHd/v0QFYNedH+1g"
      + "toOqnt3pSxH2Je/5pMKezrqYR+8FqtM8noJCKL0IpNNAqojXnNhuOrZF42unIek144f2ondUmAgEVTJPW+Audt+T"
      + "xBSWNdj5l8HLaE4AyjzfXWEYEy+7h2GRVkub0MngLc/ukrU47uzg568nRWGT/Y3Mzb8m8OQ5Sb9ITa5Wqccyx0E8"
      + "1AaTXJhEbUQZpJKAKFVXNgb0nKFluQT+F5lSQiar3oOB+7lJithNm7vZxlswU8U/suzMdSnd/6yXS3O5YRiGYehK"
      + "kn+S91+sMFCJZG49BA2M2DL5SGqonBA0sZTKAAVNYgdZWXUP1Qxcsjjs1ExJAoDvcoYLSdlhWCWZZSGRogPDoRJq"
      + "0at+BenXaCatI3CQCr4QDe+d7fucGhLeIQlFQWshn6bhzI/Qf0xzLan0hhmnVwMdeEHTVD489/oxbX9sgcyg5Uqi"
      + "RgEXtidhiGrWRAfCmzKUoEc3kJgjuXYCDX1OZRKxiZHx0/ngMd3/cAf7itO5JvETeJp9Sh944aAMRjTH6xlA/BmE"
      + "HLsfHG/6kERmpsiCJNR16vr8dWkGSQCDIAz8ElSU/v9lrQfJ4tkDow4hJHnKUp7tlnO07M5prnWR+zzEJeRTQiTx"
      + "HrSJRJqL+okgIZNIl2HtR3SDfdJCLHlvlFxiqxBe1TmX0WQN3V9RiT09SyfGKmiYMlA9QEwhXkU5oi7yi6CFW5Nh"
      + "S2KLwhEBvheXgI0JPc1T3u6Cz4pkUg8kQPIKcFpMm0DaQHToB9IqOuwD",
    size: 10436, crc: 0x9E15BAB7)
  static let long = Sample(
    compressed:
      "TVkBgSQ3DnwCTyAEjsARWAJDYAg0gSZgAiZgAiIgAiIgAuLyqip587kks9PrtmWpVCrpyr2irCqj/1R5eOWpfDMq"
      + "wt37Wf9y4TPqJNZhaa3oddHrt+G13cv7zein/dGv9Jqnv1Tvz++rLLN37i+9fRyLt/bOrNg4ofePPqV/i0WOQ9os"
      + "w9t/+D7swer+0H4RYae/1GO18+v9EwzqVXjYp51Iq+OwK2r3CY5zsFVmm41lWN+fD46F9W2e7A1soa1w4X67eLP+"
      + "TM+vHfrDys3vOnixD+xbwD6L06ckTT1YAufiXv24r/LiLge75YMDDi4Xvd7k6KxP271wuMEUWBbazWE1w9KOf3qb"
      + "9TFsgdM37qYAGOPWDk75Hy9b7wY/tW31ljahP4P+7R0YBUWp7e5nfvqGfdA5q7ZzkSPUfUqH0bm/RRy6oNfBe/BT"
      + "L2szG0Z98xdnwrZ62/GwDbDq+NOujYv03R1x4M4AC391ij7sbeCRRMQROt7l8B3s/BF6ijB6XPcNOHzbP3B24rUX"
      + "aEBYE65CJBmBXnoWgpFtUyoivH/Sc0Ffer7FYw3mw0nIE/wEUBIvXjvcEB2irNchLRSy3u+njzmGK3gsplQIFFvo"
      + "YHpo7yJaE+45af1v+Bb824Sj0/vgDgsfE3KGdGw/Gtw4u7eNRq/VoZEBy5DW3Az/c/ih/8tg8sjl9MyLiCTPI4yQ"
      + "dW3jdZPhAcLPsBHQigC9jV96nmGBXv8t/h6wYJSslHbKRiIGaQTW+ZM1flMOxwdZmbSzP4M5nCIsS+YHNrbZryPK"
      + "EAe2MWPO3qs1+Dtd2hcGyGI/MwWboQaZgO6AGzqb4Vppuh45grSkWBQjj8NFh9hWD064UGKLDslmKublgeuCwDBr"
      + "1vSORl/hZcQ2L6IMB/55yGKut9/fquEjgJAuO7oaQR8GXmkHAdPJ5GzwMxDliy5Npqal6DwGI8lgGjc2PLHzYmUw"
      + "y5FK24MxJbc7mZFJl1+FqeQDPLEQrR7gSZBozgU2E9bhrFT8BEsSBrY44HGcApOM90mR/BPkJERtp9wi0qKnAr8N"
      + "xIwA9cPqBUNYF8rf4SMAp//Z5PVM1ZiBGE7JwUiD+gjsXrqCvAT4GTmNBww1MbVtAEw/i142/eLjGqaiCgSRRIoz"
      + "cYT1Pf+WYMvlm0zZOWOoVqB+GiFDNthn+0ABnlARImSNKZpAFT20+w/iBeexHKHMskocQkhFTqemSlQpBCmM9BYG"
      + "vrAgNTOaqAkouDAp8JIzlR38DxrBHT9z9+A7OI+odRBykN3tbEYBx7FKhe4oDVJKeNlg+ZH3umLgIZI6gHbdoL8p"
      + "WcWojZEmQBQUZ3Emhl5WI0tyCujIr4Eg4l7+vsFKLPZusIJuSLKkeby8CNcjJLisBquRgchFgwayCHBtRKh8RO4r"
      + "Uhy9fNmf0al1xBIph4nJmj73iBXVU7hriS2RmHwToDRG6xU5hGqNIgqEBtHIeIJ7kDBHjNnFvO3eeDyI7pxBPXmY"
      + "oV2u8qe3Rbo8c/2EDqBMQ5GQP50sgSpW3BS8emC+2yhFpk1NTRZl9S5QIbEZImID+YrKBdt252NHQWk1lKDiAcdD"
      + "1VHU4bZh/xkVw9KWFK8mTkbUw7/GXGhD7aDIdhYE0QCPNF0eVSwCpQ//UmKeodWcj6Et4+sl/BF92DcF4AFsUIAm"
      + "7u//RpvIVTI2knlTUJA/SLKu9u3WTfMkewyyTQRyAImsK+FgNEmh/5wiRuD7TfW4J4tZQX24N2KKVNWFH5TMUgC3"
      + "tPqxu8IYBEE2pDUoeVvN1U3REZSbUUVWU9Ph8UY1QWiPQrKP5a8aUfU5lHP9+AP4BC+tFN8tefIvNDhQIwmaggtz"
      + "g5m2av3TD9YItGjxR5DEOTUkTqpdmTE5jC3AWiCwj1g+5NylqoLTs77nMDhyTI5OBG8JDpuC6sAPE+t+36mGJAb6"
      + "pS+y4RnycvGpcR/1QqBp0kOM0AOfs0tY6iDkw9gu4hkHA01aLnUHBscFBTbAIX6ouGT4TVD56MqEw4R6+5MltU7e"
      + "rDQW0qifwOl1XQh3JAWRNLkqCX/wIwcFyT0pdy++1IFRerRwTV0bhM3mjvb2a86A+OQulAM5zmuSIIlrkIlDd0oX"
      + "DIhZYbt9iFtdOwKLR3RsPi2/VlykF6gF7z0q/Tul+7OuFr1pnsp8yRT5+L9fNm0MryIMo9nzQSCVGmeCkwWpN32p"
      + "HTYUGgiI7+fTD39qxPGQc3jODxCZE6hiurKm0Yh9JopqiynLckQEa8GZYm28lEq3Momcoib9706SiME92h37vnKl"
      + "+MWD/fIRf1GBO2v7sbfUeeBm8DuTgvK5j/qytEMjdxD33jmNtzkdSjd3kP/WHrEYF9bAY27cB+rCxKDKc7o0r85R"
      + "D4IUYk60j9mz+ehhThxQ+TvGwhqA1Ep4OFlaolGnMF5vFuWyFIjBKaPTpi2c6Ig6G1cwV5xInhViIFOhYEvSOP6I"
      + "gKZWqq2RorlScKQAct6nov0KxbE3r8y/7UAHy0zM+3X2w6pvxH4D+gk26lsqChzA/iYJT7XGbf9ZRiX5VoxUUT2K"
      + "etwWelnc8NT4nWqSbpMwYdayRRERdzaz24m8M4kMSTiOTwLtWsfDY3qN0fZXbTKpDf123Ds3fFRE1q9Y+PodntDL"
      + "0OyLvRFrmriIJ0EaQsyyAeARj+QoPXXy1rJzVaaNtGIVBdT3beS/JBUOiEZlszvi5Mcwrmr/r7emmwbxdYlbBtlI"
      + "GKrWk8V1i3ce0DNQGZsKhgKJvrJSjTyXQdXk9XEx+ih+vZ5ytFw0ZIja7TVBpTtxB79ViO8BsVTeI2RqWgNQ/GYM"
      + "IOIIrUtsHQi3YYOHb6d67nz3r5vdCI5g9/qyrJU4nVTZVaG/fKkhXM5MP6H621tszWpO5pSq63GwP5q43tf+5lXM"
      + "3EI9HGYfmDgaZy6cWSGtQpoRAgYFzDlkM3CxaUSj+ZVPgb/NmaoVc4pTHnQ3hs0W0uoOHTjwgpGUto/Ll0vtf4pM"
      + "NAnCMFTKLGN6VlRdlHXO+N4aPjcOxZQy0zQhN7ZmJJ+6slIAqiuElLimtFLwNfeb4SYCcTgaBA6vXmNCn3WbLFOH"
      + "HRxqXNGSM7My+Vsx/1LLxvRqpDA6mEfNQBeDCgCBKYmp3xAbOUNCcvAK9UOXuyaynG8e4gMUjVFHGOsF/937KB01"
      + "6zkqH5zwaFDN6QMJfY8yW1IVMRLDaKnT+5a/02Nw2KbyYf1ZIz0Au2lV2OJ/mXUooYQdmTV+J4dPKG4am2NIED4k"
      + "yNkejvtR+0bSY+OC+0O9SQuyi06WCtfMR5Ngl84iVE3FlENC8HkQYZhJMmdZL1GXKVO+Klhs6RZLA6o3pwVUGOQ/"
      + "o8dYjFAa+vdbo5NbiGIrsbaoComvFcKqURNMf8a5uV1JS2K5jdB9HsI1SfmnVBRTMyB//22eRsQwtuZqczmrkUNh"
      + "0nveLZqoqn+Z/CiJoPyhzvrb8+XUNv+/f+y3lQ621SpDee90qVUtbZyoDQD7jEScKS5S8HwtZkCeW9MqSSAKRHUl"
      + "cTTsiVvx2P2xe1Rtbnwv1gq/ik4l+ZH6Id9y+B0MVt3Azfh0pqYicVe1hRZ/RS2E4tFfJ9TsL5d/croShclnlFbT"
      + "JNBJhwR5m6ehiYYXXBfKDufSuAPLV1qEqUF/4O+E8qnpYcGR7Mf/Bw==",
    size: 6764, crc: 0xCA20BE1E)
  static let twoEntries =
    "UEsDBBQAAAAAAAAAIQDw4xRIJwAAACcAAAAFAAAAYS50eHRzdG9yZWQgZW50cnkgc3RvcmVkIGVudHJ5IHN0b3JlZC"
    + "BlbnRyeSBQSwMEFAAAAAgAAAAhANv5MGYeAAAAXwIAAAkAAABkaXIvYi54bWyzSbJLSU3LSSxJTVFIzSspqlQY5Y5y"
    + "qcK10U+yAwBQSwECFAMUAAAAAAAAACEA8OMUSCcAAAAnAAAABQAAAAAAAAAAAAAAgAEAAAAAYS50eHRQSwECFAMUAA"
    + "AACAAAACEA2/kwZh4AAABfAgAACQAAAAAAAAAAAAAAgAFKAAAAZGlyL2IueG1sUEsFBgAAAAACAAIAagAAAI8AAAAY"
    + "AG1hZGUgYnkgbWFrZV9maXh0dXJlcy5weQ=="
  static let bomb =
    "UEsDBBQAAAAIAGW3eF1+h4mNAQgAAAAAIAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1s7cExAQAAAMKg9U9tDB"
    + "+gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    + "AAAAAAAAAAAL4GUEsBAhQDFAAAAAgAZbd4XX6HiY0BCAAAAAAgABgAAAAAAAAAAAAAAIABAAAAAHhsL3dvcmtzaGVl"
    + "dHMvc2hlZXQxLnhtbFBLBQYAAAAAAQABAEYAAAA3CAAAAAA="
}

/// A workbook saved by openpyxl 3.1.5 (two sheets, title rows above the header, merged
/// objective cells, dates in built-in and custom date formats, booleans, numbers), from:
///
///     import base64, datetime, io
///     import openpyxl
///     wb = openpyxl.Workbook()
///     cover = wb.active
///     cover.title = "Cover"
///     cover["A1"] = "Luton Improvement Plan"
///     cover["A2"] = "See the Action plan sheet"
///     ws = wb.create_sheet("Action plan")
///     ws["A1"] = "Improvement Plan 2024"
///     ws["A2"] = "Updated March 2024"
///     ws.append([])
///     ws.append(["Ref", "Objective", "Action", "Lead", "Due", "RAG", "Key", "Score"])
///     d = datetime.date
///     rows = [
///         ["1.1", "Partnerships", "Establish a governance board", "Executive Director", d(2024, 11, 30), "Green", True, 1.5],
///         ["1.2", None, "Develop a neglect strategy", "Chair of LSCB", d(2025, 1, 31), "Amber", False, 2],
///         ["2.1", "Workforce", "Recruit permanent social workers", "Head of HR", d(2025, 3, 31), "Red", True, 0.1 + 0.2],
///         ["2.2", None, "Review caseloads", "Head of HR", None, "Complete", False, None],
///     ]
///     for row in rows: ws.append(row)
///     ws.merge_cells("B5:B6")
///     ws.merge_cells("B7:B8")
///     for r in range(5, 9):
///         ws.cell(r, 5).number_format = "mm-dd-yy" if r % 2 else "dd/mm/yyyy"
///     buf = io.BytesIO(); wb.save(buf)
///     data = buf.getvalue()
///     open("book.xlsx", "wb").write(data)
///     print(len(data))
///     print(base64.b64encode(data).decode())
enum OpenpyxlSamples {
  static let actionPlan =
    "UEsDBBQAAAAIAGy3eF1Gx01IlQAAAM0AAAAQAAAAZG9jUHJvcHMvYXBwLnhtbE3PTQvCMAwG4L9SdreZih6kDkQ9ip"
    + "68zy51hbYpbYT67+0EP255ecgboi6JIia2mEXxLuRtMzLHDUDWI/o+y8qhiqHke64x3YGMsRoPpB8eA8OibdeAhTEM"
    + "OMzit7Dp1C5GZ3XPlkJ3sjpRJsPiWDQ6sScfq9wcChDneiU+ixNLOZcrBf+LU8sVU57mym/8ZAW/B7oXUEsDBBQAAA"
    + "AIAGy3eF35tNiS6wAAAMsBAAARAAAAZG9jUHJvcHMvY29yZS54bWylkU1PwzAMhv/KlHvrNmOTiLJeQJxAQmISiFuU"
    + "eFu15kOJUbt/T1q2DgQ3jvH7+LGtSB2E9hGfow8YqcW0GGznktBhww5EQQAkfUCrUpkJl8Odj1ZRfsY9BKWPao/Aq2"
    + "oNFkkZRQpGYRFmIzsrjZ6V4SN2k8BowA4tOkpQlzVcWcJo058NUzKTQ2pnqu/7sl9OXN6ohrenx5dp+aJ1iZTTyBpp"
    + "tNARFfnYjBeF09BJ+FaU59lfBTSLPEHQKeCGXZLX5d399oE1vOLroq4LfrPlXKxuBV+9j64f/Veh9abdtf8wXgSNhF"
    + "//1nwCUEsDBBQAAAAIAGy3eF2ZXJwjEAYAAJwnAAATAAAAeGwvdGhlbWUvdGhlbWUxLnhtbO1aW3PaOBR+76/QeGf2"
    + "bQvGNoG2tBNzaXbbtJmE7U4fhRFYjWx5ZJGEf79HNhDLlg3tkk26mzwELOn7zkVH5+g4efPuLmLohoiU8nhg2S/b1r"
    + "u3L97gVzIkEUEwGaev8MAKpUxetVppAMM4fckTEsPcgosIS3gUy9Zc4FsaLyPW6rTb3VaEaWyhGEdkYH1eLGhA0FRR"
    + "Wm9fILTlHzP4FctUjWWjARNXQSa5iLTy+WzF/NrePmXP6TodMoFuMBtYIH/Ob6fkTlqI4VTCxMBqZz9Wa8fR0kiAgs"
    + "l9lAW6Sfaj0xUIMg07Op1YznZ89sTtn4zK2nQ0bRrg4/F4OLbL0otwHATgUbuewp30bL+kQQm0o2nQZNj22q6RpqqN"
    + "U0/T933f65tonAqNW0/Ta3fd046Jxq3QeA2+8U+Hw66JxqvQdOtpJif9rmuk6RZoQkbj63oSFbXlQNMgAFhwdtbM0g"
    + "OWXin6dZQa2R273UFc8FjuOYkR/sbFBNZp0hmWNEZynZAFDgA3xNFMUHyvQbaK4MKS0lyQ1s8ptVAaCJrIgfVHgiHF"
    + "3K/99Ze7yaQzep19Os5rlH9pqwGn7bubz5P8c+jkn6eT101CznC8LAnx+yNbYYcnbjsTcjocZ0J8z/b2kaUlMs/v+Q"
    + "rrTjxnH1aWsF3Pz+SejHIju932WH32T0duI9epwLMi15RGJEWfyC265BE4tUkNMhM/CJ2GmGpQHAKkCTGWoYb4tMas"
    + "EeATfbe+CMjfjYj3q2+aPVehWEnahPgQRhrinHPmc9Fs+welRtH2Vbzco5dYFQGXGN80qjUsxdZ4lcDxrZw8HRMSzZ"
    + "QLBkGGlyQmEqk5fk1IE/4rpdr+nNNA8JQvJPpKkY9psyOndCbN6DMawUavG3WHaNI8ev4F+Zw1ChyRGx0CZxuzRiGE"
    + "abvwHq8kjpqtwhErQj5iGTYacrUWgbZxqYRgWhLG0XhO0rQR/FmsNZM+YMjszZF1ztaRDhGSXjdCPmLOi5ARvx6GOE"
    + "qa7aJxWAT9nl7DScHogstm/bh+htUzbCyO90fUF0rkDyanP+kyNAejmlkJvYRWap+qhzQ+qB4yCgXxuR4+5Xp4CjeW"
    + "xrxQroJ7Af/R2jfCq/iCwDl/Ln3Ppe+59D2h0rc3I31nwdOLW95GblvE+64x2tc0LihjV3LNyMdUr5Mp2DmfwOz9aD"
    + "6e8e362SSEr5pZLSMWkEuBs0EkuPyLyvAqxAnoZFslCctU02U3ihKeQhtu6VP1SpXX5a+5KLg8W+Tpr6F0PizP+Txf"
    + "57TNCzNDt3JL6raUvrUmOEr0scxwTh7LDDtnPJIdtnegHTX79l125COlMFOXQ7gaQr4Dbbqd3Do4npiRuQrTUpBvw/"
    + "npxXga4jnZBLl9mFdt59jR0fvnwVGwo+88lh3HiPKiIe6hhpjPw0OHeXtfmGeVxlA0FG1srCQsRrdguNfxLBTgZGAt"
    + "oAeDr1EC8lJVYDFbxgMrkKJ8TIxF6HDnl1xf49GS49umZbVuryl3GW0iUjnCaZgTZ6vK3mWxwVUdz1Vb8rC+aj20FU"
    + "7P/lmtyJ8MEU4WCxJIY5QXpkqi8xlTvucrScRVOL9FM7YSlxi84+bHcU5TuBJ2tg8CMrm7Oal6ZTFnpvLfLQwJLFuI"
    + "WRLiTV3t1eebnK56Inb6l3fBYPL9cMlHD+U751/0XUOufvbd4/pukztITJx5xREBdEUCI5UcBhYXMuRQ7pKQBhMBzZ"
    + "TJRPACgmSmHICY+gu98gy5KRXOrT45f0Usg4ZOXtIlEhSKsAwFIRdy4+/vk2p3jNf6LIFthFQyZNUXykOJwT0zckPY"
    + "VCXzrtomC4Xb4lTNuxq+JmBLw3punS0n/9te1D20Fz1G86OZ4B6zh3OberjCRaz/WNYe+TLfOXDbOt4DXuYTLEOkfs"
    + "F9ioqAEativrqvT/klnDu0e/GBIJv81tuk9t3gDHzUq1qlZCsRP0sHfB+SBmOMW/Q0X48UYq2msa3G2jEMeYBY8wyh"
    + "Zjjfh0WaGjPVi6w5jQpvQdVA5T/b1A1o9g00HJEFXjGZtjaj5E4KPNz+7w2wwsSO4e2LvwFQSwMEFAAAAAgAbLd4Xe"
    + "o68otgAQAAewIAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWx1kt1OwzAMhV8lygMs2yR+NLWVxhBiEkgTE3Cd"
    + "re4aLYlL4lF4e5xsK7uAi6q2Y385J0nRY9jHFoDEl7M+lrIl6mZKxW0LTscRduB5pcHgNHEadip2AXSdh5xV0/H4Wj"
    + "ltvKyKXFuFqsADWeNhFUQ8OKfD9x1Y7Es5kefCi9m1lAuqKjq9gzXQa8cDnKqBUxsHPhr0IkBTyvlkNp/midzxZqCP"
    + "F7FIZjaI+5Qs61KOkyawsKWE0Pz7hAVYm0is5OMElb+bpsnL+Ix/yP5Z3kZHWKB9NzW1pbyVooZGHyy9YP8IJ09Xvx"
    + "LvNemqCNiLkMxWxTYFaUtuND4d0poC1w3vRNXTgVjo0nUBP4Gtk1hZ7QtFrCl1qC1/TBuQ0wE5/Qe5BhDUgpgfD6Fj"
    + "nsjS/qKqC9HpUp512BkfhYWG4ePRDVsLR5fHhLDLl7hBInQ5bPlxQEgNvN4g0pCkUx7eW/UDUEsDBBQAAAAIAGy3eF"
    + "2FziJRBwMAANoJAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDIueG1shVbbbuIwEP0VKx9AIAsJQiESlxaq7WorULfP"
    + "ThgSb5M4axvo/v2OnTYNyO4+IHyZOWOfM5lxfOHiVRYAirxVZS3nXqFUM/N9mRVQUTngDdS4c+SiogqnIvdlI4AejF"
    + "NV+sFwGPoVZbWXxGbtSSQxP6mS1fAkiDxVFRV/l1Dyy9wbeR8LO5YXyiz4SdzQHPagnht0wKnf4RxYBbVkvCYCjnNv"
    + "MZptp8bDWPxicJG9MdGXSTl/1ZOHw9wb6jNBCZnSEBT/zrCCstRIeJI/76DeZ1Dt2R9/wN+b++PxUiphxcsXdlDF3M"
    + "PDHOBIT6Xa8csW3u80+TzimiqaxIJfiNCXTeJMD3RINGS1JmmvBK4zjKSSh6oR/Ax4aUWeSlqTYBiMY1/hkbSBn+EP"
    + "wTrEoEMMHIjPzYEqOJAfVGTF/+DGHdzYAbeD47W/MV+6zH+mv8GwbnFauZwWRi6Lx9rl8Yj5aLG/c9mvT7YD3Tsvvd"
    + "hYzDcu8+/w12K+dZnvMy7gC1EmnSgTB8JoMLKJ4jJ/okLVIGTBGmnTxeV3JxVNSyYLQkmOWSpqWmdAUk6Fjf21E+cN"
    + "spNOCrJmAtODC5t26C1NfUAMXVvOyXgSBmHsn/uSuWJsBIAthTatQ2oAR9dg20kv2Ggw6Xav5Ag7OUKnHIGNVpf5Gs"
    + "5YHBsktYZc1yoilcBvNrdl0dqFsiooE4QfyeN+tbTxGRo+g2s+p9MbPl3wiyoFm0ybsMfn8IbPsBcssLMZdWxGjsiB"
    + "Pbld5i/YArBZZdaK43LaQSZOTJEGsMrXuvhKnjFamoaCX4pNCBfWFmuR1mG7s6kQWbI6Gkc3KrjPafvQNtEXOR31Qg"
    + "0H3+wqTDsVpk4VrDntMt/BWffjDJtlyfGtYCPQ5fs1gdOrNNZ9tqXMhbbiVVOCsqXDZmrN3ZYZv9e+KxC5eTdIkvFT"
    + "rdq+2622b5NlNFu2b5PbjclsGbZPjE+g9s2DTTlntSQlHBF0OIiwAon2EdFOFG9MtqRcKV6ZYYH0gNAGuH/kXHUTHa"
    + "F7ziX/AFBLAwQUAAAACABst3hdLf47oIYCAAByCwAADQAAAHhsL3N0eWxlcy54bWzdVltvmzAU/iuI944SWhSmkIch"
    + "RZq0TZXah72a2CSWfGHGVMl+/XxsGqDNodq0vYwo8vH5/J27QzadPQv2eGTMRicpVFfGR2vbj0nS7Y9Mku6DbplySK"
    + "ONJNZtzSHpWsMI7YAkRbK6vc0TSbiKtxvVy520XbTXvbJlvLqoorB8pmWc5ndxFMxVmrIyPrvnRsobSuMouUq4nxMo"
    + "TaRMgOYJyeB1u2m0Gp2ncVA4i0Sy6JmIMq6I4LXhntYQycU56Fdes9dCm8i6vBnQQdX9DAfSYQtFGWxJrrQJAQQ3fo"
    + "EouBCzEoBiu2mJtcyondsEkte+xQb56dy6KA6GnNPVfTxh+MW5qbWhzMzSDartRrDGAsPww9ELVrew1NpaLUGinBy0"
    + "IiGSF9ogONt7JsQjTMb3Zubg1Ez6cgtdURfRRTWIwcywAQdTc8H4xG72Z3Zb/qztp94lpPz+R68tezCs4Se/PzVjAD"
    + "Pz6d0/th/G9a86SIaaTToz68tFG8Gsl/E3uC1iYqPuubBcDbsjp5Spt+1x9i2p3e/BzIE7RVlDemGfLmAZj/JXRnkv"
    + "i8upB0hsODXKX2AW03y8aM4ZV5SdGK2GrTnUXoyc4NwOj2e8hnb+QSCUFUAEAhD1hYaBsgIP9fU/5rXG8wogGuH6Or"
    + "TGWWucFXhXocp/UF8Iq3APknJRZFmeo+WtquthVGgN8xy+iEE0QuCgvsDb71Z+YQAWxuad2UC7vDg2aMoLI4qmvFB5"
    + "gJAaAqcokAFAfQEHbQo6URAE4gtGDWFlGfQZjRC95gtQUaAQDCkyvXmOFSqHD9Iv9BJlWVEgEIBIGFmGQnBhFyA0DA"
    + "gEhbIsvEhfvc+Sl/dcMv7L3v4CUEsDBBQAAAAIAGy3eF23R+uKwAAAABYCAAALAAAAX3JlbHMvLnJlbHOdkktuAjEM"
    + "QK8SZV9MqcQCMazYsEOIC7iJ56OZxJFjxPT2jdjAIGgRS/+eni2vDzSgdhxz26VsxjDEXNlWNa0AsmspYJ5xolgqNU"
    + "tALaE0kND12BAs5vMlyC3Dbta3THP8SfQKkeu6c7RldwoU9QH4rsOaI0pDWtlxgDNL/83czwrUmp2vrOz8pzXwpszz"
    + "9SCQokdFcCz0kaRMi3aUrz6e3b6k86VjYrR43+j/89CoFD35v50wpYnS10UJJm+w+QVQSwMEFAAAAAgAbLd4Xe+ONW"
    + "REAQAAbAIAAA8AAAB4bC93b3JrYm9vay54bWyNkWFLwzAQhv9KyQ+wXdGBYx3IhjoQFSf7nrbX9ViSK5d00/16k4Zq"
    + "QRA/pffe9cn7XpZn4mNJdEw+tDJ2wYVonesWaWqrFrS0V9SB8b2GWEvnSz6k1DRYwYaqXoNxaZ5l85RBSYdkbIudFZ"
    + "H2H5btGGRtWwCnVURpiUaslqOzV07SaUUOqnBTUIOyRzjbn4FQJie0WKJC91mI4VuBSDQa1HiBuhCZSGxL50divJBx"
    + "Uu0qJqUKMYuNPbDD6pe8CzbfZWkHxcnyLWQuxDzzwAbZumFi4Etv8gR+OFa9o3tUDngjHTww9R2aw4DxMdJJjmEV45"
    + "kYqaEQazoBBwte2tbRjvOcSTheoG/wto7E6d93cV2dkmbCyP9g5NHVaKWGBg3Uz55mQ8MvpvKvEo7BTX59M7v1C+iV"
    + "WnvtxTyRrL+zjQ+z+gJQSwMEFAAAAAgAbLd4Xateci60AAAAjQIAABoAAAB4bC9fcmVscy93b3JrYm9vay54bWwucm"
    + "Vsc8WSTQqDMBBGrxJyAEdt6aKoq27cFi8QdPzBxITMlOrtK7pQoYtupKvwTcj7HkySJ2rFnR2o7RyJ0eiBUtkyuzsA"
    + "lS0aRYF1OMw3tfVG8Rx9A06VvWoQ4jC8gd8zZJbsmaKYHP5CtHXdlfiw5cvgwF/A8La+pxaRpSiUb5BTCaPexgTLEQ"
    + "UzWYq8SqXPq0gK+LdRfDCKzzQinjTSprPmQ//lzH6e3+JWv8R1eFzLdZGAw+/LPlBLAwQUAAAACABst3hdpeEbWB8B"
    + "AABgBAAAEwAAAFtDb250ZW50X1R5cGVzXS54bWzFVMtOwzAQ/JXI1yp26YEDanqhXKEHfsAkm8aKX/JuS/r3bBJaCV"
    + "RaqiBxiRXv7Mx4x/Ly9RABs85Zj4VoiOKDUlg24DTKEMFzpQ7JaeLftFVRl63eglrM5/eqDJ7AU049h1gt11DrnaXs"
    + "qeNtNMEXIoFFkT2OwF6rEDpGa0pNXFd7X31TyT8VJHcOGGxMxBkDRKbOSgylHxWOjS97SMlUkG10omftGKY6q5AOFl"
    + "Be5jjjMtS1KaEK5c5xi8SYQFfYAJCzciSdXZEmHjKM37vJBgaai4oM3aQQkVNLcLveMZa+O49MBInMlUOeJJl78gmh"
    + "T7yC6rfiPOH3kNohE1TDMn3MX3M+8d9qZPGfRt5CaP/6wverdNr4kwE1PCyrD1BLAQIUAxQAAAAIAGy3eF1Gx01IlQ"
    + "AAAM0AAAAQAAAAAAAAAAAAAACAAQAAAABkb2NQcm9wcy9hcHAueG1sUEsBAhQDFAAAAAgAbLd4Xfm02JLrAAAAywEA"
    + "ABEAAAAAAAAAAAAAAIABwwAAAGRvY1Byb3BzL2NvcmUueG1sUEsBAhQDFAAAAAgAbLd4XZlcnCMQBgAAnCcAABMAAA"
    + "AAAAAAAAAAAIAB3QEAAHhsL3RoZW1lL3RoZW1lMS54bWxQSwECFAMUAAAACABst3hd6jryi2ABAAB7AgAAGAAAAAAA"
    + "AAAAAAAAgIEeCAAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sUEsBAhQDFAAAAAgAbLd4XYXOIlEHAwAA2gkAABgAAA"
    + "AAAAAAAAAAAICBtAkAAHhsL3dvcmtzaGVldHMvc2hlZXQyLnhtbFBLAQIUAxQAAAAIAGy3eF0t/jughgIAAHILAAAN"
    + "AAAAAAAAAAAAAACAAfEMAAB4bC9zdHlsZXMueG1sUEsBAhQDFAAAAAgAbLd4XbdH64rAAAAAFgIAAAsAAAAAAAAAAA"
    + "AAAIABog8AAF9yZWxzLy5yZWxzUEsBAhQDFAAAAAgAbLd4Xe+ONWREAQAAbAIAAA8AAAAAAAAAAAAAAIABixAAAHhs"
    + "L3dvcmtib29rLnhtbFBLAQIUAxQAAAAIAGy3eF2rXnIutAAAAI0CAAAaAAAAAAAAAAAAAACAAfwRAAB4bC9fcmVscy"
    + "93b3JrYm9vay54bWwucmVsc1BLAQIUAxQAAAAIAGy3eF2l4RtYHwEAAGAEAAATAAAAAAAAAAAAAACAAegSAABbQ29u"
    + "dGVudF9UeXBlc10ueG1sUEsFBgAAAAAKAAoAhAIAADgUAAAAAA=="
}

func decode(_ base64: String) -> [UInt8] {
  Array(Data(base64Encoded: base64) ?? Data())
}
