// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ShareTokenMetaData contains all meta data concerning the ShareToken contract.
var ShareTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "ShareToken",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805161136c6100f95f395f818161081f015281816108480152610987015261136c5ff3fe6080604052600436106100fa575f3560e01c806370a0823111610092578063a9059cbb11610062578063a9059cbb146102c4578063ad3cb1cc146102e3578063c9aba0aa14610313578063dd62ed3e14610332578063f2fde38b14610351575f5ffd5b806370a0823114610216578063715018a6146102565780638da5cb5b1461026a57806395d89b41146102b0575f5ffd5b8063313ce567116100cd578063313ce567146101b357806340c10f19146101ce5780634f1ef286146101ef57806352d1902d14610202575f5ffd5b806306fdde03146100fe578063095ea7b31461012857806318160ddd1461015757806323b872dd14610194575b5f5ffd5b348015610109575f5ffd5b50610112610370565b60405161011f9190610ee1565b60405180910390f35b348015610133575f5ffd5b50610147610142366004610f31565b610430565b604051901515815260200161011f565b348015610162575f5ffd5b507f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b60405190815260200161011f565b34801561019f575f5ffd5b506101476101ae366004610f59565b610449565b3480156101be575f5ffd5b506040516012815260200161011f565b3480156101d9575f5ffd5b506101ed6101e8366004610f31565b61046c565b005b6101ed6101fd36600461101e565b610482565b34801561020d575f5ffd5b5061018661049d565b348015610221575f5ffd5b5061018661023036600461107c565b6001600160a01b03165f9081525f5160206112f75f395f51905f52602052604090205490565b348015610261575f5ffd5b506101ed6104b8565b348015610275575f5ffd5b507f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300546040516001600160a01b03909116815260200161011f565b3480156102bb575f5ffd5b506101126104cb565b3480156102cf575f5ffd5b506101476102de366004610f31565b610509565b3480156102ee575f5ffd5b50610112604051806040016040528060058152602001640352e302e360dc1b81525081565b34801561031e575f5ffd5b506101ed61032d3660046110ba565b610516565b34801561033d575f5ffd5b5061018661034c366004611146565b610627565b34801561035c575f5ffd5b506101ed61036b36600461107c565b610670565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f5160206112f75f395f51905f52916103ae90611177565b80601f01602080910402602001604051908101604052809291908181526020018280546103da90611177565b80156104255780601f106103fc57610100808354040283529160200191610425565b820191905f5260205f20905b81548152906001019060200180831161040857829003601f168201915b505050505091505090565b5f3361043d8185856106b2565b60019150505b92915050565b5f336104568582856106c4565b610461858585610728565b506001949350505050565b610474610785565b61047e82826107e0565b5050565b61048a610814565b610493826108b8565b61047e82826108c0565b5f6104a661097c565b505f5160206113175f395f51905f5290565b6104c0610785565b6104c95f6109c5565b565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f5160206112f75f395f51905f52916103ae90611177565b5f3361043d818585610728565b5f61051f610a35565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156105465750825b90505f8267ffffffffffffffff1660011480156105625750303b155b905081158015610570575080155b1561058e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156105b857845460ff60401b1916600160401b1785555b6105c28a8a610a5d565b6105cb88610a6f565b6105d587876107e0565b831561061b57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b610678610785565b6001600160a01b0381166106a657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6106af816109c5565b50565b6106bf8383836001610a80565b505050565b5f6106cf8484610627565b90505f19811015610722578181101561071457604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161069d565b61072284848484035f610a80565b50505050565b6001600160a01b03831661075157604051634b637e8f60e11b81525f600482015260240161069d565b6001600160a01b03821661077a5760405163ec442f0560e01b81525f600482015260240161069d565b6106bf838383610b64565b336107b77f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300546001600160a01b031690565b6001600160a01b0316146104c95760405163118cdaa760e01b815233600482015260240161069d565b6001600160a01b0382166108095760405163ec442f0560e01b81525f600482015260240161069d565b61047e5f8383610b64565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061089a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661088e5f5160206113175f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156104c95760405163703e46dd60e11b815260040160405180910390fd5b6106af610785565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561091a575060408051601f3d908101601f19168201909252610917918101906111af565b60015b61094257604051634c9c8ce360e01b81526001600160a01b038316600482015260240161069d565b5f5160206113175f395f51905f52811461097257604051632a87526960e21b81526004810182905260240161069d565b6106bf8383610c9d565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104c95760405163703e46dd60e11b815260040160405180910390fd5b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610443565b610a65610cf2565b61047e8282610d17565b610a77610cf2565b6106af81610d67565b5f5160206112f75f395f51905f526001600160a01b038516610ab75760405163e602df0560e01b81525f600482015260240161069d565b6001600160a01b038416610ae057604051634a1406b160e11b81525f600482015260240161069d565b6001600160a01b038086165f90815260018301602090815260408083209388168352929052208390558115610b5d57836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051610b5491815260200190565b60405180910390a35b5050505050565b5f5160206112f75f395f51905f526001600160a01b038416610b9e5781816002015f828254610b9391906111c6565b90915550610c0e9050565b6001600160a01b0384165f9081526020829052604090205482811015610bf05760405163391434e360e21b81526001600160a01b0386166004820152602481018290526044810184905260640161069d565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b038316610c2c576002810180548390039055610c4a565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051610c8f91815260200190565b60405180910390a350505050565b610ca682610d6f565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115610cea576106bf8282610dd2565b61047e610e72565b610cfa610e91565b6104c957604051631afcd79f60e31b815260040160405180910390fd5b610d1f610cf2565b5f5160206112f75f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03610d58848261123b565b5060048101610722838261123b565b610678610cf2565b806001600160a01b03163b5f03610da457604051634c9c8ce360e01b81526001600160a01b038216600482015260240161069d565b5f5160206113175f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f610ddf8484610eaa565b9050808015610e0057505f3d1180610e0057505f846001600160a01b03163b115b15610e1557610e0d610ebd565b915050610443565b8015610e3f57604051639996b31560e01b81526001600160a01b038516600482015260240161069d565b3d15610e5257610e4d610ed6565b610e6b565b60405163d6bda27560e01b815260040160405180910390fd5b5092915050565b34156104c95760405163b398979f60e01b815260040160405180910390fd5b5f610e9a610a35565b54600160401b900460ff16919050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610f2c575f5ffd5b919050565b5f5f60408385031215610f42575f5ffd5b610f4b83610f16565b946020939093013593505050565b5f5f5f60608486031215610f6b575f5ffd5b610f7484610f16565b9250610f8260208501610f16565b929592945050506040919091013590565b634e487b7160e01b5f52604160045260245ffd5b5f5f67ffffffffffffffff841115610fc157610fc1610f93565b50604051601f19601f85018116603f0116810181811067ffffffffffffffff82111715610ff057610ff0610f93565b604052838152905080828401851015611007575f5ffd5b838360208301375f60208583010152509392505050565b5f5f6040838503121561102f575f5ffd5b61103883610f16565b9150602083013567ffffffffffffffff811115611053575f5ffd5b8301601f81018513611063575f5ffd5b61107285823560208401610fa7565b9150509250929050565b5f6020828403121561108c575f5ffd5b61109582610f16565b9392505050565b5f82601f8301126110ab575f5ffd5b61109583833560208501610fa7565b5f5f5f5f5f60a086880312156110ce575f5ffd5b853567ffffffffffffffff8111156110e4575f5ffd5b6110f08882890161109c565b955050602086013567ffffffffffffffff81111561110c575f5ffd5b6111188882890161109c565b94505061112760408701610f16565b925061113560608701610f16565b949793965091946080013592915050565b5f5f60408385031215611157575f5ffd5b61116083610f16565b915061116e60208401610f16565b90509250929050565b600181811c9082168061118b57607f821691505b6020821081036111a957634e487b7160e01b5f52602260045260245ffd5b50919050565b5f602082840312156111bf575f5ffd5b5051919050565b8082018082111561044357634e487b7160e01b5f52601160045260245ffd5b601f8211156106bf57828211156106bf57805f5260205f20601f840160051c602085101561121057505f5b90810190601f840160051c035f5b81811015611233575f8382015560010161121e565b505050505050565b815167ffffffffffffffff81111561125557611255610f93565b611269816112638454611177565b846111e5565b6020601f82116001811461129b575f83156112845750848201515b5f19600385901b1c1916600184901b178455610b5d565b5f84815260208120601f198516915b828110156112ca57878501518255602094850194600190920191016112aa565b50848210156112e757868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbca264697066735822122010f6bd06960808f585b326b3ce11bb3ac7bb7a7dd7bde7da49dd4b9f7bf35bdd64736f6c63430008250033",
}

// ShareToken is an auto generated Go binding around an Ethereum contract.
type ShareToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ShareToken) GetABI() abi.ABI {
	return c.abi
}

// NewShareToken creates a new instance of ShareToken.
func NewShareToken() *ShareToken {
	parsed, err := ShareTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ShareToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ShareToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (shareToken *ShareToken) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := shareToken.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (shareToken *ShareToken) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return shareToken.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (shareToken *ShareToken) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := shareToken.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (shareToken *ShareToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := shareToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (shareToken *ShareToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return shareToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (shareToken *ShareToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (shareToken *ShareToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := shareToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (shareToken *ShareToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (shareToken *ShareToken) UnpackApprove(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (shareToken *ShareToken) PackBalanceOf(account common.Address) []byte {
	enc, err := shareToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (shareToken *ShareToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (shareToken *ShareToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (shareToken *ShareToken) PackDecimals() []byte {
	enc, err := shareToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (shareToken *ShareToken) TryPackDecimals() ([]byte, error) {
	return shareToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (shareToken *ShareToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := shareToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9aba0aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, string symbol_, address initialOwner, address holder, uint256 supply) returns()
func (shareToken *ShareToken) PackInitialize(name string, symbol string, initialOwner common.Address, holder common.Address, supply *big.Int) []byte {
	enc, err := shareToken.abi.Pack("initialize", name, symbol, initialOwner, holder, supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9aba0aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, string symbol_, address initialOwner, address holder, uint256 supply) returns()
func (shareToken *ShareToken) TryPackInitialize(name string, symbol string, initialOwner common.Address, holder common.Address, supply *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("initialize", name, symbol, initialOwner, holder, supply)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (shareToken *ShareToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := shareToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (shareToken *ShareToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (shareToken *ShareToken) PackName() []byte {
	enc, err := shareToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (shareToken *ShareToken) TryPackName() ([]byte, error) {
	return shareToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (shareToken *ShareToken) UnpackName(data []byte) (string, error) {
	out, err := shareToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (shareToken *ShareToken) PackOwner() []byte {
	enc, err := shareToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (shareToken *ShareToken) TryPackOwner() ([]byte, error) {
	return shareToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (shareToken *ShareToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := shareToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (shareToken *ShareToken) PackProxiableUUID() []byte {
	enc, err := shareToken.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (shareToken *ShareToken) TryPackProxiableUUID() ([]byte, error) {
	return shareToken.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (shareToken *ShareToken) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (shareToken *ShareToken) PackRenounceOwnership() []byte {
	enc, err := shareToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (shareToken *ShareToken) TryPackRenounceOwnership() ([]byte, error) {
	return shareToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (shareToken *ShareToken) PackSymbol() []byte {
	enc, err := shareToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (shareToken *ShareToken) TryPackSymbol() ([]byte, error) {
	return shareToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (shareToken *ShareToken) UnpackSymbol(data []byte) (string, error) {
	out, err := shareToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (shareToken *ShareToken) PackTotalSupply() []byte {
	enc, err := shareToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (shareToken *ShareToken) TryPackTotalSupply() ([]byte, error) {
	return shareToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (shareToken *ShareToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (shareToken *ShareToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := shareToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (shareToken *ShareToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (shareToken *ShareToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (shareToken *ShareToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := shareToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (shareToken *ShareToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (shareToken *ShareToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (shareToken *ShareToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := shareToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (shareToken *ShareToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return shareToken.abi.Pack("transferOwnership", newOwner)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (shareToken *ShareToken) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := shareToken.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (shareToken *ShareToken) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return shareToken.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// ShareTokenApproval represents a Approval event raised by the ShareToken contract.
type ShareTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ShareTokenApproval) ContractEventName() string {
	return ShareTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (shareToken *ShareToken) UnpackApprovalEvent(log *types.Log) (*ShareTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenApproval)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ShareTokenInitialized represents a Initialized event raised by the ShareToken contract.
type ShareTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ShareTokenInitialized) ContractEventName() string {
	return ShareTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (shareToken *ShareToken) UnpackInitializedEvent(log *types.Log) (*ShareTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenInitialized)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ShareTokenOwnershipTransferred represents a OwnershipTransferred event raised by the ShareToken contract.
type ShareTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ShareTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ShareTokenOwnershipTransferred) ContractEventName() string {
	return ShareTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (shareToken *ShareToken) UnpackOwnershipTransferredEvent(log *types.Log) (*ShareTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ShareTokenTransfer represents a Transfer event raised by the ShareToken contract.
type ShareTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ShareTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ShareTokenTransfer) ContractEventName() string {
	return ShareTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (shareToken *ShareToken) UnpackTransferEvent(log *types.Log) (*ShareTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenTransfer)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ShareTokenUpgraded represents a Upgraded event raised by the ShareToken contract.
type ShareTokenUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ShareTokenUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ShareTokenUpgraded) ContractEventName() string {
	return ShareTokenUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (shareToken *ShareToken) UnpackUpgradedEvent(log *types.Log) (*ShareTokenUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenUpgraded)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (shareToken *ShareToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], shareToken.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return shareToken.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return shareToken.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return shareToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return shareToken.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return shareToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return shareToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return shareToken.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return shareToken.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ShareTokenAddressEmptyCode represents a AddressEmptyCode error raised by the ShareToken contract.
type ShareTokenAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ShareTokenAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (shareToken *ShareToken) UnpackAddressEmptyCodeError(raw []byte) (*ShareTokenAddressEmptyCode, error) {
	out := new(ShareTokenAddressEmptyCode)
	if err := shareToken.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ShareToken contract.
type ShareTokenERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ShareTokenERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (shareToken *ShareToken) UnpackERC1967InvalidImplementationError(raw []byte) (*ShareTokenERC1967InvalidImplementation, error) {
	out := new(ShareTokenERC1967InvalidImplementation)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC1967NonPayable represents a ERC1967NonPayable error raised by the ShareToken contract.
type ShareTokenERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ShareTokenERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (shareToken *ShareToken) UnpackERC1967NonPayableError(raw []byte) (*ShareTokenERC1967NonPayable, error) {
	out := new(ShareTokenERC1967NonPayable)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ShareToken contract.
type ShareTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ShareTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (shareToken *ShareToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ShareTokenERC20InsufficientAllowance, error) {
	out := new(ShareTokenERC20InsufficientAllowance)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ShareToken contract.
type ShareTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ShareTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (shareToken *ShareToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ShareTokenERC20InsufficientBalance, error) {
	out := new(ShareTokenERC20InsufficientBalance)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ShareToken contract.
type ShareTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ShareTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (shareToken *ShareToken) UnpackERC20InvalidApproverError(raw []byte) (*ShareTokenERC20InvalidApprover, error) {
	out := new(ShareTokenERC20InvalidApprover)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ShareToken contract.
type ShareTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ShareTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (shareToken *ShareToken) UnpackERC20InvalidReceiverError(raw []byte) (*ShareTokenERC20InvalidReceiver, error) {
	out := new(ShareTokenERC20InvalidReceiver)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ShareToken contract.
type ShareTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ShareTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (shareToken *ShareToken) UnpackERC20InvalidSenderError(raw []byte) (*ShareTokenERC20InvalidSender, error) {
	out := new(ShareTokenERC20InvalidSender)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ShareToken contract.
type ShareTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ShareTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (shareToken *ShareToken) UnpackERC20InvalidSpenderError(raw []byte) (*ShareTokenERC20InvalidSpender, error) {
	out := new(ShareTokenERC20InvalidSpender)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenFailedCall represents a FailedCall error raised by the ShareToken contract.
type ShareTokenFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ShareTokenFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (shareToken *ShareToken) UnpackFailedCallError(raw []byte) (*ShareTokenFailedCall, error) {
	out := new(ShareTokenFailedCall)
	if err := shareToken.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenInvalidInitialization represents a InvalidInitialization error raised by the ShareToken contract.
type ShareTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ShareTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (shareToken *ShareToken) UnpackInvalidInitializationError(raw []byte) (*ShareTokenInvalidInitialization, error) {
	out := new(ShareTokenInvalidInitialization)
	if err := shareToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenNotInitializing represents a NotInitializing error raised by the ShareToken contract.
type ShareTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ShareTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (shareToken *ShareToken) UnpackNotInitializingError(raw []byte) (*ShareTokenNotInitializing, error) {
	out := new(ShareTokenNotInitializing)
	if err := shareToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ShareToken contract.
type ShareTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ShareTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (shareToken *ShareToken) UnpackOwnableInvalidOwnerError(raw []byte) (*ShareTokenOwnableInvalidOwner, error) {
	out := new(ShareTokenOwnableInvalidOwner)
	if err := shareToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ShareToken contract.
type ShareTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ShareTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (shareToken *ShareToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ShareTokenOwnableUnauthorizedAccount, error) {
	out := new(ShareTokenOwnableUnauthorizedAccount)
	if err := shareToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ShareToken contract.
type ShareTokenUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ShareTokenUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (shareToken *ShareToken) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ShareTokenUUPSUnauthorizedCallContext, error) {
	out := new(ShareTokenUUPSUnauthorizedCallContext)
	if err := shareToken.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ShareToken contract.
type ShareTokenUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ShareTokenUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (shareToken *ShareToken) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ShareTokenUUPSUnsupportedProxiableUUID, error) {
	out := new(ShareTokenUUPSUnsupportedProxiableUUID)
	if err := shareToken.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
